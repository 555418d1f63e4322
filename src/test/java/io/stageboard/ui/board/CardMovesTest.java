package io.stageboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.Opportunity;
import io.stageboard.service.moves.MoveOutcome;
import io.stageboard.service.moves.StageMove;
import io.stageboard.service.moves.StageMover;
import io.stageboard.service.outbox.MoveStage;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.RecordingNotifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The board's move and undo logic without the toolkit, with a stand-in for the move service. */
class CardMovesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final long THREE_DAYS_AGO =
            CLOCK.millis() - Duration.ofDays(3).toMillis();
    private static final Map<String, String> STAGE_NAMES =
            Map.of("lead-new", "New lead", "offer", "Offer", "applicant-new", "New applicant");

    private final ManualExecutor ui = new ManualExecutor();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final StandInMover mover = new StandInMover();
    private final List<Throwable> failures = new ArrayList<>();
    private final CardMoves moves = new CardMoves(mover, ui::execute, notifier, STAGE_NAMES::get, failures::add);
    private final Map<String, CardModel> board = new HashMap<>();

    /** Records each call; the test answers its moves as Lever would. */
    private static final class StandInMover implements StageMover {

        record Call(boolean undo, List<StageMove> moves, Consumer<MoveOutcome> each) {}

        final List<Call> calls = new ArrayList<>();

        @Override
        public CompletableFuture<List<MoveOutcome>> move(List<StageMove> moves, Consumer<MoveOutcome> each) {
            calls.add(new Call(false, moves, each));
            return new CompletableFuture<>();
        }

        @Override
        public CompletableFuture<List<MoveOutcome>> undo(List<StageMove> reversals, Consumer<MoveOutcome> each) {
            calls.add(new Call(true, reversals, each));
            return new CompletableFuture<>();
        }

        Call last() {
            return calls.get(calls.size() - 1);
        }

        /** Lever made every move of the last call, stamping it "now". */
        void moveAll() {
            Call call = last();
            call.moves()
                    .forEach(m -> call.each()
                            .accept(new MoveOutcome.Moved(
                                    m, opportunity(m.opportunityId(), m.toStageId(), CLOCK.millis()))));
        }
    }

    private static Opportunity opportunity(String id, String stage, long lastAdvancedAt) {
        return new Opportunity(
                id,
                "Candidate " + id,
                "",
                null,
                null,
                null,
                null,
                null,
                stage,
                null,
                "non-confidential",
                "applied",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0L,
                0L,
                0L,
                lastAdvancedAt,
                null,
                null,
                false,
                null);
    }

    private CardModel card(String id, String stage) {
        CardModel card = new CardModel(opportunity(id, stage, THREE_DAYS_AGO), "", "");
        board.put(id, card);
        return card;
    }

    private static StageMove move(CardModel card, String to) {
        return new StageMove(card.id(), card.name(), card.getStageId(), to, STAGE_NAMES.get(to));
    }

    private void drag(String to, CardModel... cards) {
        moves.run(List.of(cards).stream().map(c -> move(c, to)).toList(), board::get);
    }

    /** Cards a and b in New lead and c in New applicant, dragged together to Offer. */
    private List<CardModel> dragThreeToOffer() {
        List<CardModel> three = List.of(card("a", "lead-new"), card("b", "lead-new"), card("c", "applicant-new"));
        drag("offer", three.toArray(CardModel[]::new));
        return three;
    }

    @Test
    void draggedCardsMoveAtOnceMarkedPendingAndLeversAnswerClearsTheMark() {
        CardModel ada = card("ada", "lead-new");

        drag("offer", ada);

        assertThat(List.of(
                        ada.getStageId(),
                        ada.isPending(),
                        moves.inFlightProperty().get()))
                .isEqualTo(List.of("offer", true, 1));
        mover.moveAll();
        ui.runAll();
        assertThat(List.of(
                        ada.getStageId(),
                        ada.isPending(),
                        moves.inFlightProperty().get()))
                .isEqualTo(List.of("offer", false, 0));
        assertThat(notifier.infos).containsExactly("Moved Candidate ada to Offer.");
    }

    @Test
    void aDragOfThreeCardsIsOneCallToTheMoverAndOneMessage() {
        dragThreeToOffer();
        mover.moveAll();
        ui.runAll();

        assertThat(mover.calls)
                .containsExactly(new StandInMover.Call(
                        false,
                        List.of(
                                new StageMove("a", "Candidate a", "lead-new", "offer", "Offer"),
                                new StageMove("b", "Candidate b", "lead-new", "offer", "Offer"),
                                new StageMove("c", "Candidate c", "applicant-new", "offer", "Offer")),
                        mover.last().each()));
        assertThat(notifier.infos).containsExactly("Moved 3 candidates to Offer.");
        assertThat(notifier.errors).isEmpty();
    }

    @Test
    void aCardLeverRefusesGoesBackAloneAndOnlyTheOthersCanBeUndone() {
        List<CardModel> three = dragThreeToOffer();
        List<StageMove> sent = mover.last().moves();
        IllegalStateException refusal = new IllegalStateException("Lever refused the stage.");

        mover.last().each().accept(new MoveOutcome.Moved(sent.get(0), opportunity("a", "offer", CLOCK.millis())));
        mover.last().each().accept(new MoveOutcome.Failed(sent.get(1), refusal));
        mover.last().each().accept(new MoveOutcome.Moved(sent.get(2), opportunity("c", "offer", CLOCK.millis())));
        ui.runAll();

        assertThat(three).extracting(CardModel::getStageId).containsExactly("offer", "lead-new", "offer");
        assertThat(notifier.errors)
                .containsExactly(
                        "Could not move Candidate b to Offer: Lever refused the stage. The card is back in New lead.");
        assertThat(notifier.infos).containsExactly("Moved 2 candidates to Offer.");
        assertThat(failures).containsExactly(refusal);
        moves.undo(board::get);
        assertThat(mover.last().moves())
                .containsExactly(
                        new StageMove("a", "Candidate a", new MoveStage("lead-new", "New lead", "offer")),
                        new StageMove("c", "Candidate c", new MoveStage("applicant-new", "New applicant", "offer")));
    }

    @Test
    void undoAfterASyncRemovedACardMovesTheOthersBackAndStillAsksLeverForTheRemovedOne() {
        CardModel a = card("a", "lead-new");
        CardModel b = card("b", "applicant-new");
        drag("offer", a, b);
        mover.moveAll();
        ui.runAll();
        board.remove("b");

        moves.undo(board::get);

        assertThat(List.of(a.getStageId(), a.isPending())).isEqualTo(List.of("lead-new", true));
        mover.moveAll();
        ui.runAll();
        assertThat(mover.last().undo()).isTrue();
        assertThat(mover.last().moves()).extracting(StageMove::opportunityId).containsExactly("a", "b");
        assertThat(List.of(a.getStageId(), a.isPending())).isEqualTo(List.of("lead-new", false));
        assertThat(notifier.infos)
                .containsExactly("Moved 2 candidates to Offer.", "Undone: moved 2 candidates back to their stages.");
        assertThat(moves.canUndoProperty().get()).isFalse();
    }

    @Test
    void undoShowsTheTimeInStageLeverKeptNotTheMinuteOfTheUndo() {
        CardModel ada = card("ada", "lead-new");
        drag("offer", ada);
        mover.moveAll();
        ui.runAll();
        assertThat(ada.timeInStageText(CLOCK)).isEqualTo("1 minute in stage");

        moves.undo(board::get);
        StageMove back = mover.last().moves().get(0);
        // What the move service answers for an undo: Lever's stage, with the time it first entered it.
        mover.last().each().accept(new MoveOutcome.Moved(back, opportunity("ada", "lead-new", THREE_DAYS_AGO)));
        ui.runAll();

        assertThat(List.of(ada.getStageId(), ada.timeInStageText(CLOCK)))
                .isEqualTo(List.of("lead-new", "3 days in stage"));
        assertThat(notifier.infos).last().isEqualTo("Undone: moved Candidate ada back to New lead.");
    }

    @Test
    void aMoveAnsweredAfterASyncReplacedTheCardUpdatesTheNewCard() {
        card("ada", "lead-new");
        drag("offer", board.get("ada"));
        CardModel replaced = card("ada", "offer");

        mover.last()
                .each()
                .accept(new MoveOutcome.Failed(
                        mover.last().moves().get(0), new IllegalStateException("Lever is down.")));
        ui.runAll();

        assertThat(replaced.getStageId()).isEqualTo("lead-new");
        assertThat(notifier.errors)
                .containsExactly("Could not move Candidate ada to Offer: Lever is down. The card is back in New lead.");
    }
}
