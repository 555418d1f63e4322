package io.stageboard.service;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;

import java.util.Optional;

/**
 * One kind of Lever write, applied to each item of an outbox job. A command describes itself in words (for the
 * progress display, the activity log and undo), tells from a snapshot whether a write would change anything, and
 * sends the write.
 */
public sealed interface WriteCommand permits ChangeTags, MoveStage, Archive, Unarchive {

    /** The kind stored with the job; {@link WriteCommands#decode} reads it back. */
    String kind();

    /** What this command does to one candidate, e.g. "Add tag Python to Ada Lovelace". */
    String describe(String candidate);

    /** What this command does to {@code count} candidates, e.g. "Add tag Python to 500 candidates". */
    String summary(int count);

    /**
     * Whether the opportunity must be read from Lever before the write: when the write depends on the state the
     * user saw (a board move refuses to overwrite someone else's move).
     */
    default boolean checksFirst() {
        return false;
    }

    /**
     * @param current the opportunity's fields as known
     * @return why no write is needed, or empty when the write would change something
     */
    Optional<String> unchangedReason(Snapshot current);

    /** How many requests one item costs, for time estimates. */
    default int requestsPerItem() {
        return checksFirst() ? 2 : 1;
    }

    /** Whether this command moves or archives, which asks for confirmation on more than a handful. */
    default boolean isWeighty() {
        return false;
    }

    /** The command for one item, given the item's own argument (JSON, or null for the job's command). */
    default WriteCommand forItem(String itemArgument) {
        return this;
    }

    /**
     * Sends the write.
     *
     * @param performAs the Lever user id the write is recorded for, or null
     * @return the opportunity as Lever answered
     */
    Opportunity apply(LeverClient client, String opportunityId, String performAs);

    /** Tags the plural way when there are several: "tag Python", "tags Python, Remote". */
    static String tagWords(java.util.List<String> tags) {
        return (tags.size() == 1 ? "tag " : "tags ") + String.join(", ", tags);
    }
}
