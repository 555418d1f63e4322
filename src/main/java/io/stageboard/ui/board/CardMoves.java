package io.stageboard.ui.board;

import io.stageboard.service.moves.MoveOutcome;
import io.stageboard.service.moves.StageMove;
import io.stageboard.service.moves.StageMover;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import io.stageboard.ui.common.UserAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs the board's stage moves: each card moves at once, marked pending, and returns with a message if Lever
 * refuses; one gesture is one outbox job and reports once; what moved can be undone, on Lever too. Cards are looked
 * up by id whenever one is touched, since a sync may replace or remove a card while its move is on the way.
 */
final class CardMoves {

    private final StageMover mover;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final Function<String, String> stageNames;
    private final Consumer<Throwable> onFailure;
    private final MoveHistory history = new MoveHistory();
    private final ReadOnlyIntegerWrapper inFlight = new ReadOnlyIntegerWrapper(this, "movesInFlight");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    /**
     * @param stageNames a stage's name from its id, for messages
     * @param onFailure  sees every failure, so the board can notice a rejected key
     */
    CardMoves(
            StageMover mover,
            UiExecutor ui,
            Notifier notifier,
            Function<String, String> stageNames,
            Consumer<Throwable> onFailure) {
        this.mover = mover;
        this.ui = ui;
        this.notifier = notifier;
        this.stageNames = stageNames;
        this.onFailure = onFailure;
    }

    /** Moves each card as {@code moves} says; {@code cards} finds a card by opportunity id (null when gone). */
    void run(List<StageMove> moves, Function<String, CardModel> cards) {
        run(moves, cards, false);
    }

    /** Moves the candidates of the last gesture back where they were, on Lever, whether or not their cards remain. */
    void undo(Function<String, CardModel> cards) {
        history.pop()
                .ifPresent(moved -> run(
                        moved.stream()
                                .map(move -> move.reversed(stageNames.apply(move.fromStageId())))
                                .toList(),
                        cards,
                        true));
        canUndo.set(history.canUndo());
    }

    private void run(List<StageMove> asked, Function<String, CardModel> cards, boolean undoing) {
        Map<String, StageMove> byId = new LinkedHashMap<>();
        asked.forEach(move -> byId.putIfAbsent(move.opportunityId(), move));
        List<StageMove> moves = List.copyOf(byId.values());
        if (moves.isEmpty()) {
            return;
        }
        for (StageMove move : moves) {
            card(cards, move).ifPresent(card -> {
                card.moveLocally(move.toStageId());
                card.setPending(true);
            });
        }
        inFlight.set(inFlight.get() + moves.size());
        MoveBatch batch = new MoveBatch(moves.size());
        Consumer<MoveOutcome> each = outcome -> ui.execute(() -> land(outcome, batch, cards, undoing));
        if (undoing) {
            mover.undo(moves, each);
        } else {
            mover.move(moves, each);
        }
    }

    private void land(MoveOutcome outcome, MoveBatch batch, Function<String, CardModel> cards, boolean undoing) {
        inFlight.set(inFlight.get() - 1);
        StageMove move = outcome.move();
        Optional<CardModel> card = card(cards, move);
        card.ifPresent(c -> c.setPending(false));
        if (outcome instanceof MoveOutcome.Failed failed) {
            onFailure.accept(Failures.unwrap(failed.error()));
            card.ifPresent(c -> c.moveLocally(move.fromStageId()));
            batch.failed("Could not move " + move.candidateName() + " to " + move.toStageName() + ": "
                    + Failures.describe(failed.error())
                    + card.map(c -> " The card is back in " + stageNames.apply(move.fromStageId()) + ".")
                            .orElse(""));
        } else if (outcome instanceof MoveOutcome.AlreadyMoved already) {
            card.ifPresent(c -> c.apply(already.opportunity()));
            batch.conflict(move.candidateName() + " was already moved to "
                    + stageNames.apply(already.opportunity().stage())
                    + " in Lever by someone else. The board now shows that; your move was not sent.");
        } else if (outcome instanceof MoveOutcome.Moved moved) {
            card.ifPresent(c -> c.apply(moved.opportunity()));
            batch.moved(move);
        }
        if (batch.isComplete()) {
            report(batch, cards, undoing);
        }
    }

    private static Optional<CardModel> card(Function<String, CardModel> cards, StageMove move) {
        return Optional.ofNullable(cards.apply(move.opportunityId()));
    }

    private void report(MoveBatch batch, Function<String, CardModel> cards, boolean undoing) {
        List<StageMove> moved = batch.moved();
        if (!moved.isEmpty()) {
            String what = moved.size() == 1 ? moved.get(0).candidateName() : moved.size() + " candidates";
            boolean oneTarget = moved.stream()
                    .allMatch(m -> m.toStageId().equals(moved.get(0).toStageId()));
            String where = oneTarget ? moved.get(0).toStageName() : "their stages";
            if (undoing) {
                notifier.info("Undone: moved " + what + " back to " + where + ".");
            } else {
                history.push(moved);
                canUndo.set(true);
                notifier.info(
                        "Moved " + what + " to " + where + ".", List.of(new UserAction("Undo", () -> undo(cards))));
            }
        }
        batch.conflicts().forEach(notifier::error);
        batch.failures().forEach(notifier::error);
    }

    ReadOnlyIntegerProperty inFlightProperty() {
        return inFlight.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
