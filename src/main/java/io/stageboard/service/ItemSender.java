package io.stageboard.service;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.api.Opportunity;
import io.stageboard.store.ItemState;

import java.util.Optional;

/** Sends one item's write through the client (which paces and retries) and says what became of it. */
final class ItemSender {

    /** The outcome plus the fields found on Lever when they were checked first (null when not checked). */
    record Result(ItemOutcome outcome, Snapshot checkedBefore) {
    }

    private final LeverClient client;
    private final String performAs;

    ItemSender(LeverClient client, String performAs) {
        this.client = client;
        this.performAs = performAs;
    }

    /**
     * @param check read the opportunity first and skip the write when it would change nothing: for commands that
     *              depend on the state seen, and for an item that was being sent when the app stopped
     */
    Result send(WriteCommand command, String opportunityId, String label, boolean check) {
        Snapshot before = null;
        try {
            if (check || command.checksFirst()) {
                Opportunity current = client.opportunity(opportunityId);
                before = Snapshot.of(current);
                Optional<String> reason = command.unchangedReason(before);
                if (reason.isPresent()) {
                    return new Result(new ItemOutcome(opportunityId, label, ItemState.UNCHANGED, current,
                            reason.get(), null), before);
                }
            }
            Opportunity after = command.apply(client, opportunityId, performAs);
            return new Result(new ItemOutcome(opportunityId, label, ItemState.SUCCEEDED, after, null, null), before);
        } catch (LeverException e) {
            // The client has already retried transient failures; what reaches here is final for this run.
            return new Result(new ItemOutcome(opportunityId, label, ItemState.FAILED, null, e.userMessage(), e),
                    before);
        }
    }
}
