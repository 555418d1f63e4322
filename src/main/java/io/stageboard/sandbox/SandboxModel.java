package io.stageboard.sandbox;

import java.util.List;

/**
 * The sandbox's own model of a Lever account: immutable records, so a snapshot handed to a test can never
 * change under it. Deliberately independent of the client's records in {@code io.stageboard.api}.
 */
public final class SandboxModel {

    private SandboxModel() {}

    /** A pipeline stage; {@code id} is a fixed slug for Lever's built-in stages and a UUID for custom ones. */
    public record Stage(String id, String text) {}

    /** An archive reason; {@code type} is "hired" or "non-hired", {@code status} "active" or "inactive". */
    public record ArchiveReason(String id, String text, String status, String type) {}

    /** A Lever user; {@code deactivatedAt} is null for active users. */
    public record User(
            String id,
            String name,
            String username,
            String email,
            String accessRole,
            long createdAt,
            Long deactivatedAt,
            String jobTitle,
            String managerId) {

        /** Whether the user was deactivated (and so cannot be used for {@code perform_as}). */
        public boolean deactivated() {
            return deactivatedAt != null;
        }
    }

    /** Posting categories as Lever names them. */
    public record Categories(
            String team, String department, String location, List<String> allLocations, String commitment) {}

    /** A job posting; {@code state} is one of published, internal, closed, draft, pending, rejected. */
    public record Posting(
            String id,
            String text,
            long createdAt,
            long updatedAt,
            String user,
            String owner,
            String hiringManager,
            String confidentiality,
            Categories categories,
            String country,
            List<String> followers,
            List<String> tags,
            String state,
            String reqCode,
            String workplaceType,
            String description,
            Integer salaryMin,
            Integer salaryMax) {}

    /** A contact phone number; {@code type} is other, home, mobile, work or skype. */
    public record Phone(String type, String value) {}

    /** One entry of an opportunity's stage history. {@code userId} is null when the API key acted alone. */
    public record StageChange(String toStageId, int toStageIndex, long updatedAt, String userId) {}

    /** The archived state of an opportunity: when and why. */
    public record Archived(long archivedAt, String reason) {}

    /** Data-protection policy of a candidate (Lever returns null when no policy applies). */
    public record DataProtection(
            boolean storeAllowed, Long storeExpiresAt, boolean contactAllowed, Long contactExpiresAt) {}

    /**
     * One opportunity (a candidacy). {@code stage} is the current stage id; {@code updatedAt} is null for a few
     * old records, as on Lever; {@code postingId} is the posting its single application is for (or null).
     */
    public record Opportunity(
            String id,
            String name,
            String headline,
            String contact,
            List<String> emails,
            List<Phone> phones,
            String location,
            List<String> links,
            String stage,
            List<StageChange> stageChanges,
            String confidentiality,
            String origin,
            List<String> sources,
            String sourcedBy,
            String owner,
            List<String> followers,
            List<String> tags,
            String applicationId,
            String postingId,
            Archived archived,
            long createdAt,
            Long updatedAt,
            long lastInteractionAt,
            long lastAdvancedAt,
            Long snoozedUntil,
            boolean isAnonymized,
            DataProtection dataProtection,
            String opportunityLocation) {

        /** Whether the opportunity is archived (for any reason, Hired included). */
        public boolean isArchived() {
            return archived != null;
        }
    }

    /**
     * A note on an opportunity. {@code value} is the text (Lever's {@code fields[0].value}); {@code madeInApp}
     * marks notes written in the Lever web app, which the API refuses to delete.
     */
    public record Note(
            String id,
            String opportunityId,
            String userId,
            boolean secret,
            Integer score,
            String value,
            String stage,
            long createdAt,
            boolean madeInApp) {}

    /** An opportunity that was deleted, with who deleted it (null when unknown) and when. */
    public record DeletedOpportunity(Opportunity opportunity, String deletedBy, long deletedAt) {}

    /** A tag or source with the number of opportunities carrying it. */
    public record Count(String text, int count) {}
}
