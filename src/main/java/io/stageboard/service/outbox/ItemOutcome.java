package io.stageboard.service.outbox;

import io.stageboard.api.LeverException;
import io.stageboard.api.Note;
import io.stageboard.api.Opportunity;
import io.stageboard.store.ItemState;

/**
 * What became of one item as it completed.
 *
 * @param opportunityId the opportunity
 * @param label         the candidate's name
 * @param state         {@code SUCCEEDED}, {@code UNCHANGED} or {@code FAILED}
 * @param current       the opportunity as Lever answered, or null when no answer came or the write was to a note
 * @param note          the note a note create made (or found already made), or null
 * @param message       why it failed or was left unchanged, or null
 * @param error         the failure, or null
 */
public record ItemOutcome(
        String opportunityId,
        String label,
        ItemState state,
        Opportunity current,
        Note note,
        String message,
        LeverException error) {}
