package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.store.ItemState;

/** Sends one item's write through the client (which paces and retries) and says what became of it. */
final class ItemSender {

    /**
     * The outcome plus the fields recorded for it (JSON).
     *
     * @param checkedBefore the fields found on Lever when they were checked first, or null when not checked
     * @param after         the fields as Lever answered, or null when no answer came
     */
    record Result(ItemOutcome outcome, String checkedBefore, String after) {}

    private final LeverClient client;
    private final String performAs;

    ItemSender(LeverClient client, String performAs) {
        this.client = client;
        this.performAs = performAs;
    }

    /**
     * @param check look on Lever first and skip the write when it would change nothing: for commands that depend on
     *              the state seen, and for an item that was being sent when the app stopped
     */
    Result send(WriteCommand command, String opportunityId, String label, boolean check) {
        String before = null;
        try {
            if (check || command.checksFirst()) {
                WriteCommand.Check found = command.check(client, opportunityId, performAs);
                before = found.found().fields();
                if (found.unchangedReason().isPresent()) {
                    return new Result(
                            outcome(
                                    opportunityId,
                                    label,
                                    ItemState.UNCHANGED,
                                    found.found(),
                                    found.unchangedReason().get()),
                            before,
                            before);
                }
            }
            WriteCommand.Written written = command.write(client, opportunityId, performAs);
            return new Result(
                    outcome(opportunityId, label, ItemState.SUCCEEDED, written, null), before, written.fields());
        } catch (LeverException e) {
            // The client has already retried transient failures; what reaches here is final for this run.
            return new Result(
                    new ItemOutcome(opportunityId, label, ItemState.FAILED, null, null, e.userMessage(), e),
                    before,
                    null);
        }
    }

    private static ItemOutcome outcome(
            String opportunityId, String label, ItemState state, WriteCommand.Written written, String message) {
        return new ItemOutcome(opportunityId, label, state, written.opportunity(), written.note(), message, null);
    }
}
