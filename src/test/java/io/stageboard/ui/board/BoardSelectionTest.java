package io.stageboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The board's selection is a set of opportunity ids: it stays on the same candidates through updates, syncs,
 * re-sorting, moves and undo, and loses only what a filter hides, saying so. No toolkit; the real loading path.
 */
class BoardSelectionTest extends BoardTestBase {

    private BoardSelection selection() {
        return board.selection();
    }

    @Test
    void aPlainClickSelectsOneCardAndClearsEveryColumn() {
        loadBoard();
        String a = column("lead-new").get(0);
        String b = column("applicant-new").get(0);
        String c = column("lead-new").get(1);

        selection().select(a);
        selection().toggle(b);
        assertThat(selection().snapshot()).containsExactly(a, b);
        assertThat(selection().statusProperty().get()).isEqualTo("2 selected");

        selection().select(c);

        assertThat(selection().snapshot()).containsExactly(c);
        selection().toggle(c);
        assertThat(selection().snapshot()).isEmpty();
        assertThat(selection().statusProperty().get()).isEmpty();
    }

    @Test
    void shiftClickSelectsARangeWithinTheColumnAndCtrlASelectsTheColumn() {
        loadBoard();
        List<String> leads = column("lead-new");

        selection().select(leads.get(1));
        selection().extendTo(leads.get(3));
        assertThat(selection().snapshot()).containsExactlyElementsOf(leads.subList(1, 4));

        selection().extendTo(column("applicant-new").get(0));
        assertThat(selection().snapshot())
                .as("another column starts afresh")
                .containsExactly(column("applicant-new").get(0));

        selection().selectColumn("lead-new");
        assertThat(selection().snapshot()).containsExactlyElementsOf(leads);
    }

    @Test
    void theSelectionStaysOnItsCandidateWhenASyncReordersTheColumn() {
        loadBoard();
        List<String> before = column("lead-new");
        String chosen = before.get(2);
        selection().select(chosen);
        // Others enter the stage in Lever: newest in stage first, so they land above the chosen card.
        List<String> arriving = activeIdsIn("applicant-new", 3);
        arriving.forEach(id -> sandbox.data().moveStage(id, "lead-new", null));

        board.syncNow();
        background.runAll();

        assertThat(column("lead-new").indexOf(chosen)).isEqualTo(2 + arriving.size());
        assertThat(selection().snapshot()).containsExactly(chosen);
        assertThat(selection().singleProperty().get()).isEqualTo(chosen);
    }

    @Test
    void theSelectionStaysWhenANeighbourIsUpdated() {
        loadBoard();
        List<String> leads = column("lead-new");
        selection().select(leads.get(1));
        selection().toggle(leads.get(3));
        sandbox.data().addTags(leads.get(2), List.of("Neighbour"), null);
        sandbox.data().moveStage(leads.get(0), "offer", null);

        board.syncNow();
        background.runAll();

        assertThat(board.card(leads.get(2)).orElseThrow().tags()).contains("Neighbour");
        assertThat(selection().snapshot()).containsExactly(leads.get(1), leads.get(3));
    }

    @Test
    void aFilterThatHidesASelectedCardTakesItOutAndSaysSo() {
        loadBoard();
        SandboxModel.Opportunity kept = activeOnLever().get(0);
        SandboxModel.Opportunity hidden = activeOnLever().stream()
                .filter(o -> !o.owner().equals(kept.owner()))
                .findFirst()
                .orElseThrow();
        selection().select(kept.id());
        selection().toggle(hidden.id());

        board.filters().ownerIdProperty().set(kept.owner());

        assertThat(selection().snapshot()).containsExactly(kept.id());
        assertThat(selection().statusProperty().get())
                .isEqualTo("1 selected · 1 selected card hidden by the filters left the selection.");
        board.filters().ownerIdProperty().set(null);
        assertThat(selection().snapshot())
                .as("showing it again does not select it again")
                .containsExactly(kept.id());
    }

    @Test
    void aMovedCardStaysSelectedInItsNewColumnAndUndoKeepsIt() {
        loadBoard();
        String chosen = column("lead-new").get(1);
        selection().select(chosen);

        board.move(selection().snapshot(), "offer");
        background.runAll();

        assertThat(column("offer")).contains(chosen);
        assertThat(selection().snapshot()).containsExactly(chosen);

        board.undo();
        background.runAll();

        assertThat(leverState(chosen).stage()).isEqualTo("lead-new");
        assertThat(selection().snapshot()).containsExactly(chosen);
    }

    @Test
    void nextStageTwiceMovesExactlyTheSelectedCandidateTwoStages() {
        loadBoard();
        String chosen = column("lead-new").get(1);
        Map<String, String> stagesBefore = stagesOnLever();
        selection().select(chosen);

        board.moveToNextStage(selection().snapshot());
        background.runAll();
        board.moveToNextStage(selection().snapshot());
        background.runAll();

        Map<String, String> expected = new HashMap<>(stagesBefore);
        expected.put(chosen, sandbox.data().stages().get(2).id());
        assertThat(stagesOnLever()).isEqualTo(expected);
    }

    @Test
    void refreshingKeepsEveryFilterAndItsChoices() {
        loadBoard();
        SandboxModel.Opportunity some = activeOnLever().stream()
                .filter(o -> !o.tags().isEmpty() && o.postingId() != null)
                .findFirst()
                .orElseThrow();
        board.filters().postingIdProperty().set(some.postingId());
        board.filters().tagProperty().set(some.tags().get(0));
        board.filters().ownerIdProperty().set(some.owner());

        board.refresh();
        background.runAll();

        assertThat(List.of(
                        board.filters().postingIdProperty().get(),
                        board.filters().tagProperty().get(),
                        board.filters().ownerIdProperty().get()))
                .containsExactly(some.postingId(), some.tags().get(0), some.owner());
        assertThat(board.choices().postings())
                .extracting(BoardChoices.Choice::value)
                .contains(some.postingId());
        assertThat(board.choices().tags())
                .extracting(BoardChoices.Choice::value)
                .contains(some.tags().get(0));
        assertThat(shownIds())
                .contains(some.id())
                .isEqualTo(activeOnLeverWhere(o -> some.postingId().equals(o.postingId())
                        && o.tags().contains(some.tags().get(0))
                        && some.owner().equals(o.owner())));
    }

    private Map<String, String> stagesOnLever() {
        return visibleOnLever().stream()
                .collect(Collectors.toMap(SandboxModel.Opportunity::id, SandboxModel.Opportunity::stage));
    }
}
