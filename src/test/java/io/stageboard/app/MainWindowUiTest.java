package io.stageboard.app;

import static io.stageboard.app.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.ui.board.CardModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless (TestFX + Monocle) against the sandbox over HTTP. */
class MainWindowUiTest extends WindowTestBase {

    MainWindowUiTest() {
        super(80, 11);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private String columnCount(FxRobot robot, String stageId) {
        Node count = robot.lookup("#column-" + stageId).query().lookup(".column-count");
        return ((Label) count).getText();
    }

    @Test
    void opensOnTheDemoWorkspaceWithOneColumnPerStage(FxRobot robot) throws Exception {
        fixture.waitForBoard();

        assertThat(robot.lookup("#workspace-badge").queryAs(Label.class).getText())
                .isEqualTo("DEMO");
        assertThat(robot.lookup(".stage-column").queryAll())
                .hasSize(sandbox.data().stages().size());
        assertThat(robot.lookup("#connection-state").queryAs(Label.class).getText())
                .isEqualTo("Connected");
    }

    @Test
    void draggingACardToAnotherColumnMovesItOnLever(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        ListCell<CardModel> cell = fixture.cardsIn(robot, "lead-new").get(0);
        String id = cell.getItem().id();
        String name = cell.getItem().name();

        robot.drag(cell).dropTo("#column-applicant-new");

        waitUntil(() -> fixture.onLever(id).stage().equals("applicant-new")
                && !window.board().card(id).orElseThrow().isPending());
        assertThat(fixture.cardsIn(robot, "applicant-new"))
                .extracting(c -> c.getItem().id())
                .contains(id);
        assertThat(window.notifications().messages())
                .last()
                .isEqualTo("Moved " + name + " to " + stageName("applicant-new") + ".");
    }

    @Test
    void draggingThreeSelectedCardsMovesAllThree(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        List<ListCell<CardModel>> cells = fixture.cardsIn(robot, "lead-new").subList(0, 3);
        List<String> ids = cells.stream().map(c -> c.getItem().id()).toList();

        robot.clickOn(cells.get(0));
        robot.press(KeyCode.CONTROL).clickOn(cells.get(1)).clickOn(cells.get(2)).release(KeyCode.CONTROL);
        robot.drag(cells.get(1)).dropTo("#column-lead-responded");

        waitUntil(() -> ids.stream().allMatch(id -> fixture.onLever(id).stage().equals("lead-responded")));
        waitUntil(() -> window.notifications().messages().contains("Moved 3 candidates to Responded."));
    }

    @Test
    void aRefusedMoveReturnsTheCardAndShowsWhy(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        ListCell<CardModel> cell = fixture.cardsIn(robot, "lead-new").get(0);
        String id = cell.getItem().id();
        String name = cell.getItem().name();
        sandbox.faults().next("PUT", "/opportunities/*/stage", Fault.status(400));

        robot.drag(cell).dropTo("#column-applicant-new");

        waitUntil(
                () -> window.notifications().messages().stream().anyMatch(m -> m.startsWith("Could not move " + name)));
        assertThat(window.board().card(id).orElseThrow().getStageId()).isEqualTo("lead-new");
        assertThat(fixture.onLever(id).stage()).isEqualTo("lead-new");
        assertThat(robot.lookup(".notification.error").queryAll()).hasSize(1);
    }

    @Test
    void undoPutsTheCardBackOnLever(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        ListCell<CardModel> cell = fixture.cardsIn(robot, "lead-new").get(0);
        String id = cell.getItem().id();
        robot.drag(cell).dropTo("#column-applicant-new");
        waitUntil(() -> fixture.onLever(id).stage().equals("applicant-new")
                && window.board().canUndoProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> fixture.onLever(id).stage().equals("lead-new")
                && !window.board().card(id).orElseThrow().isPending());
        assertThat(window.board().card(id).orElseThrow().getStageId()).isEqualTo("lead-new");
    }

    @Test
    void theKeyboardMovesFocusAndCards(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        ListCell<CardModel> cell = fixture.cardsIn(robot, "lead-new").get(0);
        robot.clickOn(cell);

        robot.type(KeyCode.RIGHT); // focus to the next column
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<CardModel> next = fixture.cardsIn(robot, "lead-reached-out").get(0);
        assertThat(next.getListView().isFocused()).isTrue();
        String id = next.getItem().id();
        assertThat(window.board().selection().snapshot()).containsExactly(id);

        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL); // move to next stage

        waitUntil(() -> fixture.onLever(id).stage().equals("lead-responded"));
    }

    @Test
    void searchingLeavesInEveryColumnOnlyTheCandidatesItMentions(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        SandboxModel.Opportunity target = sandbox.data().opportunities().stream()
                .filter(o -> !o.isArchived() && o.stage().equals("lead-new"))
                .findFirst()
                .orElseThrow();
        String search = target.name();
        // Counted from the sandbox's own data: the active candidates whose name, headline or e-mail has the text.
        Map<String, String> expected = new TreeMap<>();
        for (SandboxModel.Stage stage : sandbox.data().stages()) {
            expected.put(
                    stage.id(),
                    Long.toString(sandbox.data().opportunities().stream()
                            .filter(o -> !o.isArchived() && o.stage().equals(stage.id()) && mentions(o, search))
                            .count()));
        }

        robot.clickOn("#search").write(search);

        waitUntil(() -> columnCounts(robot).equals(expected));
        assertThat(columnCounts(robot)).isEqualTo(expected);
        assertThat(fixture.cardsIn(robot, "lead-new"))
                .extracting(c -> c.getItem().id())
                .contains(target.id());
    }

    private Map<String, String> columnCounts(FxRobot robot) {
        Map<String, String> counts = new TreeMap<>();
        for (SandboxModel.Stage stage : sandbox.data().stages()) {
            counts.put(stage.id(), columnCount(robot, stage.id()));
        }
        return counts;
    }

    private static boolean mentions(SandboxModel.Opportunity o, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(o.name(), o.headline()), o.emails().stream())
                .anyMatch(
                        field -> field != null && field.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private String stageName(String stageId) {
        return sandbox.data().stages().stream()
                .filter(s -> s.id().equals(stageId))
                .findFirst()
                .orElseThrow()
                .text();
    }
}
