package io.stageboard.ui.bulk;

import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.Snapshot;
import io.stageboard.ui.board.CardModel;

/** Turns the board's cards into bulk targets. */
final class BulkTargets {

    private BulkTargets() {}

    /** The card as a target; the card does not know its archive reason, so an archive is always sent for it. */
    static BulkTarget of(CardModel card) {
        return new BulkTarget(
                card.id(), card.name(), new Snapshot(card.getStageId(), card.tags(), card.isArchived(), null));
    }
}
