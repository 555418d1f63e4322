package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Archived;
import io.stageboard.sandbox.SandboxModel.StageChange;
import java.util.List;

/** The edits Lever makes to an opportunity for each write, applied to a builder under the data lock. */
final class OpportunityChanges {

    /** One change; returns whether anything changed (no change = no new updatedAt). */
    interface Change {
        boolean apply(OpportunityBuilder builder, long now);
    }

    private OpportunityChanges() {}

    /** Enter a stage: a new stage change, lastAdvancedAt now. Moving to the current stage records nothing. */
    static Change stage(String stageId, int stageIndex, String userId) {
        return (b, now) -> {
            if (b.stage.equals(stageId)) {
                return false;
            }
            b.stage = stageId;
            b.stageChanges.add(new StageChange(stageId, stageIndex, now, userId));
            b.lastAdvancedAt = now;
            return true;
        };
    }

    /** Archive with a reason, change the reason, or unarchive ({@code reasonId} null). */
    static Change archive(String reasonId) {
        return (b, now) -> {
            if (reasonId == null) {
                boolean changed = b.archived != null;
                b.archived = null;
                return changed;
            }
            if (b.archived != null && b.archived.reason().equals(reasonId)) {
                return false;
            }
            // Changing the reason keeps the original archive time: the candidate left the pipeline then.
            b.archived = new Archived(b.archived == null ? now : b.archived.archivedAt(), reasonId);
            return true;
        };
    }

    /** Which string list of the opportunity an add/remove edits. */
    enum Field {
        TAGS,
        SOURCES,
        LINKS
    }

    /** Add values (skipping exact duplicates) or remove them (ignoring missing ones), case sensitive. */
    static Change edit(Field field, List<String> values, boolean add) {
        return (b, now) -> {
            List<String> list = switch (field) {
                case TAGS -> b.tags;
                case SOURCES -> b.sources;
                case LINKS -> b.links;
            };
            boolean changed = false;
            for (String v : values) {
                if (add && !list.contains(v)) {
                    changed |= list.add(v);
                } else if (!add) {
                    changed |= list.remove(v);
                }
            }
            return changed;
        };
    }

    /** Fills the contact fields a parsed résumé found where the opportunity has none (Lever: sent data wins). */
    static Change fillContact(ResumeFacts facts) {
        return (b, now) -> {
            boolean changed = false;
            if (facts.name() != null && (b.name == null || b.name.isBlank())) {
                b.name = facts.name();
                changed = true;
            }
            if (b.emails.isEmpty() && !facts.emails().isEmpty()) {
                changed |= b.emails.addAll(facts.emails());
            }
            if (b.phones.isEmpty() && !facts.phones().isEmpty()) {
                changed |= b.phones.addAll(facts.phones());
            }
            if (b.links.isEmpty() && !facts.links().isEmpty()) {
                changed |= b.links.addAll(facts.links());
            }
            return changed;
        };
    }

    /** Fills in what Lever sets on create: ids, times, the first stage change; the creator follows. */
    static SandboxModel.Opportunity created(
            OpportunityBuilder b, long now, Long createdAt, int stageIndex, String creatorId) {
        b.id = Ids.random().toString();
        b.contact = b.contact == null ? Ids.random().toString() : b.contact;
        b.createdAt = createdAt == null ? now : createdAt;
        b.stageChanges.add(new StageChange(b.stage, stageIndex, b.createdAt, creatorId));
        b.lastAdvancedAt = b.createdAt;
        b.lastInteractionAt = now;
        b.updatedAt = now;
        b.sourcedBy = creatorId;
        if (creatorId != null && !b.followers.contains(creatorId)) {
            b.followers.add(0, creatorId);
        }
        if (b.owner != null && !b.followers.contains(b.owner)) {
            b.followers.add(b.owner);
        }
        return b.build();
    }
}
