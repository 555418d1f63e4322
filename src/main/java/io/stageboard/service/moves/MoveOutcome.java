package io.stageboard.service.moves;

import io.stageboard.api.Opportunity;
import io.stageboard.service.outbox.ItemOutcome;

/** What became of one stage move. */
public sealed interface MoveOutcome {

    /** The move asked for. */
    StageMove move();

    /**
     * Lever made the change.
     *
     * @param opportunity the opportunity as Lever answered
     */
    record Moved(StageMove move, Opportunity opportunity) implements MoveOutcome {}

    /**
     * Nothing was sent: the opportunity was already in the target stage, or someone else changed its stage since the
     * board loaded it and the user's move would have overwritten their change.
     *
     * @param opportunity the opportunity as Lever has it
     */
    record AlreadyMoved(StageMove move, Opportunity opportunity) implements MoveOutcome {}

    /**
     * Lever refused, could not be reached, or the move could not be journalled.
     *
     * @param error why; a {@code LeverException} when Lever answered
     */
    record Failed(StageMove move, RuntimeException error) implements MoveOutcome {}

    /** The outcome of a move from what the outbox heard of its item. */
    static MoveOutcome of(StageMove move, ItemOutcome item) {
        return switch (item.state()) {
            case SUCCEEDED -> new Moved(move, item.current());
            case UNCHANGED -> new AlreadyMoved(move, item.current());
            default ->
                new Failed(
                        move,
                        item.error() != null
                                ? item.error()
                                : new IllegalStateException(
                                        item.message() != null ? item.message() : "It was not sent."));
        };
    }
}
