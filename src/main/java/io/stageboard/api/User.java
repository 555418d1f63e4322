package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Lever user (recruiter, hiring manager …), usable as {@code performAs}.
 *
 * @param id user id
 * @param name full name
 * @param username user name
 * @param email e-mail address
 * @param accessRole e.g. {@code super admin}, {@code admin}, {@code team member}, or a custom role id
 * @param photo photo URL, or null
 * @param createdAt creation time, ms since the epoch
 * @param deactivatedAt deactivation time, or null for an active user
 * @param jobTitle job title, or null
 * @param managerId the manager's user id, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(
        String id,
        String name,
        String username,
        String email,
        String accessRole,
        String photo,
        Long createdAt,
        Long deactivatedAt,
        String jobTitle,
        // Real responses say managerId; one client model says manager.
        @JsonAlias("manager") String managerId) {

    /** @return true when the user has not been deactivated */
    public boolean isActive() {
        return deactivatedAt == null;
    }
}
