package io.stageboard.service.moves;

import io.stageboard.api.Opportunity;

/** What became of a stage move that Lever answered. Failures complete the future exceptionally instead. */
public sealed interface MoveOutcome {

    /** The opportunity as Lever has it now. */
    Opportunity opportunity();

    /** Lever made the change. */
    record Moved(Opportunity opportunity) implements MoveOutcome {
    }

    /**
     * Someone else changed the opportunity's stage since the board loaded it, so nothing was sent: the user's move
     * would have overwritten their change.
     */
    record AlreadyMoved(Opportunity opportunity) implements MoveOutcome {
    }
}
