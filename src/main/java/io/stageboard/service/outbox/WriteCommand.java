package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Note;
import io.stageboard.api.Opportunity;
import java.util.List;
import java.util.Optional;

/**
 * One kind of Lever write, applied to each item of an outbox job. A command describes itself in words (for the
 * progress display, the activity log and undo), tells from a snapshot whether a write would change anything, and
 * sends the write.
 */
public sealed interface WriteCommand permits ChangeTags, MoveStage, Archive, Unarchive, NoteCommand, AddCommand {

    /** The kind stored with the job; {@link WriteCommands#decode} reads it back. */
    String kind();

    /** What this command does to one candidate, e.g. {@code Add tag "Python" to Ada Lovelace}. */
    String describe(String candidate);

    /** What this command does to {@code count} candidates, e.g. {@code Add tag "Python" to 500 candidates}. */
    default String summary(int count) {
        return describe(count == 1 ? "1 candidate" : count + " candidates");
    }

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
     * Whether the items depend on the ones before them (a note edit: create, then delete): they are sent one at a
     * time in order, and once one fails the rest are not sent.
     */
    default boolean inOrder() {
        return false;
    }

    /** The fields recorded as "before" when the job is written, from the target as last seen (JSON, or null). */
    default String recordedBefore(BulkTarget target) {
        return Json.write(target.snapshot());
    }

    /**
     * The command as the journal keeps it once no item of the job is left to send or retry: a command that carries
     * bulky data only a send needs (an upload's bytes) returns a copy without it; others return themselves.
     */
    default WriteCommand settled() {
        return this;
    }

    /**
     * Reads Lever to tell whether the write is still needed: before a write that depends on the state seen, and for
     * an item that was being sent when the app stopped (it may have landed).
     *
     * @param performAs the Lever user id writes are recorded for, or null
     */
    default Check check(LeverClient client, String opportunityId, String performAs) {
        Opportunity current = client.opportunity(opportunityId);
        return new Check(Written.of(current), unchangedReason(Snapshot.of(current)));
    }

    /**
     * Sends the write.
     *
     * @param performAs the Lever user id the write is recorded for, or null
     * @return what Lever answered and the fields to record as "after"
     */
    Written write(LeverClient client, String opportunityId, String performAs);

    /**
     * What a write left on Lever (or what a check found there).
     *
     * @param opportunity the opportunity as Lever answered, or null for a note write
     * @param note        the note created or found, or null
     * @param fields      the changed fields as the journal records them (JSON), or null
     */
    record Written(Opportunity opportunity, Note note, String fields) {

        /** The opportunity's fields as Lever answered them. */
        static Written of(Opportunity opportunity) {
            return new Written(opportunity, null, opportunity == null ? null : Json.write(Snapshot.of(opportunity)));
        }
    }

    /**
     * What a look at Lever found before a write.
     *
     * @param found           the state found, recorded as "before" (and as "after" when no write is needed)
     * @param unchangedReason why no write is needed, or empty
     */
    record Check(Written found, Optional<String> unchangedReason) {}

    /** Tags in quotes, the plural way when there are several: {@code tag "Q3 review"}, {@code tags "A", "B"}. */
    static String tagWords(List<String> tags) {
        return (tags.size() == 1 ? "tag " : "tags ")
                + String.join(", ", tags.stream().map(t -> "\"" + t + "\"").toList());
    }
}
