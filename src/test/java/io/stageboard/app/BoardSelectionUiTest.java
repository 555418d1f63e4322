package io.stageboard.app;

import static io.stageboard.app.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.ui.board.CardModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The two sequences of issue 12 on the real window, headless: the selection stays on the chosen candidates while
 * the board changes around them, and the writes reach exactly those, as the sandbox answers over HTTP.
 */
class BoardSelectionUiTest extends WindowTestBase {

    private static final String TAG = "Chosen three";

    BoardSelectionUiTest() {
        super(90, 5);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private String idOf(ListCell<CardModel> cell) {
        return cell.getItem().id();
    }

    /** Every opportunity the key sees and its stage, asked over HTTP. */
    private Map<String, String> stagesOnLever() {
        return fixture.client.opportunities(OpportunityQuery.builder().build()).fetchAll().stream()
                .collect(Collectors.toMap(Opportunity::id, Opportunity::stage));
    }

    @Test
    void bulkTaggingAfterABackgroundUpdateTagsExactlyTheThreeSelected(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        List<ListCell<CardModel>> leads = fixture.cardsIn(robot, "lead-new");
        List<ListCell<CardModel>> reached = fixture.cardsIn(robot, "lead-reached-out");
        Set<String> chosen = Set.of(idOf(leads.get(1)), idOf(leads.get(3)), idOf(reached.get(0)));
        String neighbour = idOf(leads.get(2));
        String arriving = idOf(reached.get(1));

        robot.clickOn(leads.get(1));
        robot.press(KeyCode.SHORTCUT)
                .clickOn(leads.get(3))
                .clickOn(reached.get(0))
                .release(KeyCode.SHORTCUT);
        assertThat(Set.copyOf(window.board().selection().snapshot())).isEqualTo(chosen);
        // Someone else changes the neighbours in Lever; the background refresh brings it while the cards stay chosen.
        sandbox.data().addTags(neighbour, List.of("Changed meanwhile"), null);
        sandbox.data().moveStage(arriving, "lead-new", null);
        robot.interact(() -> window.board().syncNow());
        waitUntil(() -> window.board()
                        .card(arriving)
                        .map(c -> c.getStageId().equals("lead-new"))
                        .orElse(false)
                && window.board()
                        .card(neighbour)
                        .map(c -> c.tags().contains("Changed meanwhile"))
                        .orElse(false));
        assertThat(Set.copyOf(window.board().selection().snapshot())).isEqualTo(chosen);

        robot.push(KeyCode.SHORTCUT, KeyCode.B);
        waitUntil(() -> robot.lookup("#bulk-tags").tryQuery().isPresent());
        robot.clickOn("#bulk-tags").write(TAG);
        waitUntil(() -> robot.lookup("#bulk-preview")
                .queryAs(Label.class)
                .getText()
                .startsWith("Add tag \"" + TAG + "\" to 3 candidates"));
        robot.clickOn("Run");
        waitUntil(() -> robot.lookup("#bulk-report")
                .tryQuery()
                .map(n -> ((Label) n).getText().endsWith("0 failed."))
                .orElse(false));

        Set<String> tagged =
                fixture.client.opportunities(OpportunityQuery.builder().tag(TAG).build()).fetchAll().stream()
                        .map(Opportunity::id)
                        .collect(Collectors.toSet());
        assertThat(tagged).isEqualTo(chosen);
    }

    @Test
    void ctrlRightTwiceMovesOnlyTheSelectedCandidateTwoStages(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        List<String> stages = sandbox.data().stages().stream().map(s -> s.id()).toList();
        ListCell<CardModel> cell = fixture.cardsIn(robot, stages.get(0)).get(2);
        String chosen = idOf(cell);
        Map<String, String> before = stagesOnLever();

        robot.clickOn(cell);
        robot.push(KeyCode.SHORTCUT, KeyCode.RIGHT);
        waitUntil(() -> fixture.onLever(chosen).stage().equals(stages.get(1))
                && !window.board().card(chosen).orElseThrow().isPending());
        robot.push(KeyCode.SHORTCUT, KeyCode.RIGHT);
        waitUntil(() -> fixture.onLever(chosen).stage().equals(stages.get(2))
                && !window.board().card(chosen).orElseThrow().isPending());

        Map<String, String> expected = new HashMap<>(before);
        expected.put(chosen, stages.get(2));
        assertThat(stagesOnLever()).isEqualTo(expected);
        assertThat(window.board().selection().snapshot()).containsExactly(chosen);
    }
}
