package io.stageboard.service.outbox;

import io.stageboard.api.Opportunity;
import java.util.List;

/**
 * The fields of an opportunity that the app's writes change, as recorded in the outbox before and after a write.
 *
 * @param stage         stage id
 * @param tags          tags, never null
 * @param archived      whether it is archived
 * @param archiveReason the archive reason id, or null when not archived or not known
 */
public record Snapshot(String stage, List<String> tags, boolean archived, String archiveReason) {

    public Snapshot {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The snapshot of an opportunity as Lever returned it. */
    public static Snapshot of(Opportunity opportunity) {
        return new Snapshot(
                opportunity.stage(),
                opportunity.tags(),
                opportunity.isArchived(),
                opportunity.isArchived() ? opportunity.archived().reason() : null);
    }
}
