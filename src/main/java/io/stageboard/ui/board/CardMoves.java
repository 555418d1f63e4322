package io.stageboard.ui.board;

import io.stageboard.service.moves.MoveOutcome;
import io.stageboard.service.moves.StageMove;
import io.stageboard.service.moves.StageMoveService;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import io.stageboard.ui.common.UserAction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the board's stage moves: each card moves at once, marked pending, and returns with a message if Lever
 * refuses; one gesture reports once; what moved can be undone, on Lever too.
 */
final class CardMoves {

    private final StageMoveService mover;
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
    CardMoves(StageMoveService mover, UiExecutor ui, Notifier notifier, Function<String, String> stageNames,
              Consumer<Throwable> onFailure) {
        this.mover = mover;
        this.ui = ui;
        this.notifier = notifier;
        this.stageNames = stageNames;
        this.onFailure = onFailure;
    }

    /** Moves each card as {@code moves} says; {@code cards} finds a move's card by opportunity id. */
    void run(List<StageMove> moves, Function<String, CardModel> cards) {
        run(moves, cards, false);
    }

    /** Moves the cards of the last gesture back where they were. */
    void undo(Function<String, CardModel> cards) {
        history.pop().ifPresent(moves -> run(moves.stream().map(this::reversed).toList(), cards, true));
        canUndo.set(history.canUndo());
    }

    private StageMove reversed(StageMove move) {
        return new StageMove(move.opportunityId(), move.candidateName(), move.toStageId(), move.fromStageId(),
                stageNames.apply(move.fromStageId()));
    }

    private void run(List<StageMove> moves, Function<String, CardModel> cards, boolean undoing) {
        if (moves.isEmpty()) {
            return;
        }
        MoveBatch batch = new MoveBatch(moves.size());
        for (StageMove move : moves) {
            CardModel card = cards.apply(move.opportunityId());
            card.moveLocally(move.toStageId());
            card.setPending(true);
            inFlight.set(inFlight.get() + 1);
            mover.move(move).whenCompleteAsync((outcome, error) -> {
                inFlight.set(inFlight.get() - 1);
                card.setPending(false);
                record(batch, card, move, outcome, error);
                if (batch.isComplete()) {
                    report(batch, cards, undoing);
                }
            }, ui);
        }
    }

    private void record(MoveBatch batch, CardModel card, StageMove move, MoveOutcome outcome, Throwable error) {
        if (error != null) {
            onFailure.accept(Failures.unwrap(error));
            card.moveLocally(move.fromStageId());
            batch.failed("Could not move " + move.candidateName() + " to " + move.toStageName() + ": "
                    + Failures.describe(error) + " The card is back in " + stageNames.apply(move.fromStageId()) + ".");
        } else if (outcome instanceof MoveOutcome.AlreadyMoved already) {
            card.apply(already.opportunity());
            batch.conflict(move.candidateName() + " was already moved to "
                    + stageNames.apply(already.opportunity().stage())
                    + " in Lever by someone else. The board now shows that; your move was not sent.");
        } else {
            card.apply(outcome.opportunity());
            batch.moved(move);
        }
    }

    private void report(MoveBatch batch, Function<String, CardModel> cards, boolean undoing) {
        List<StageMove> moved = batch.moved();
        if (!moved.isEmpty()) {
            String what = moved.size() == 1 ? moved.get(0).candidateName() : moved.size() + " candidates";
            if (undoing) {
                notifier.info("Undone: moved " + what + " back to " + moved.get(0).toStageName() + ".");
            } else {
                history.push(moved);
                canUndo.set(true);
                notifier.info("Moved " + what + " to " + moved.get(0).toStageName() + ".",
                        List.of(new UserAction("Undo", () -> undo(cards))));
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
