package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The archived state of an opportunity; Lever sends {@code null} for an active one.
 *
 * @param archivedAt when it was archived, ms since the epoch
 * @param reason the archive reason id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Archived(Long archivedAt, String reason) {}
