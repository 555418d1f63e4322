package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Why an opportunity was archived. "Hired" is an archive reason, not a stage.
 *
 * @param id reason id
 * @param text display name
 * @param status {@code active} or {@code inactive}
 * @param type {@code hired} or {@code non-hired}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchiveReason(String id, String text, String status, String type) {

    /** @return true for the account's Hired reason */
    public boolean isHired() {
        return "hired".equalsIgnoreCase(type);
    }

    /** @return true unless Lever marks the reason inactive (a missing status counts as active) */
    public boolean isActive() {
        return !"inactive".equalsIgnoreCase(status);
    }
}
