package io.stageboard.app;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.LoadStatus;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real main window headless (TestFX + Monocle) against the sandbox over HTTP. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    static Path home;

    private SandboxServer sandbox;
    private LeverClient client;
    private ExecutorService background;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(80).withSeed(11));
        client = LeverClient.builder().baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000).maxAttempts(2).backoff(Duration.ofMillis(5), Duration.ofMillis(20)).build();
        String actingUser = sandbox.data().users().get(0).id();
        Workspace workspace = new Workspace(Workspace.Kind.DEMO, "Demo workspace", client, actingUser, sandbox);
        background = StageboardApp.newBackgroundExecutor();
        window = new MainWindow(workspace, UiSettings.load(home.resolve("settings.properties")), background);
        window.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();   // hides the window first, which saves its bounds on the background executor
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        client.close();
        sandbox.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForBoard() throws Exception {
        waitUntil(() -> window.board().getStatus() == LoadStatus.LOADED);
    }

    private List<ListCell<CardModel>> cardsIn(FxRobot robot, String stageId) {
        return robot.lookup("#column-" + stageId).query().lookupAll(".opportunity-cell").stream()
                .map(node -> {
                    @SuppressWarnings("unchecked")
                    ListCell<CardModel> cell = (ListCell<CardModel>) node;
                    return cell;
                })
                .filter(cell -> cell.getItem() != null && cell.isVisible())
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .toList();
    }

    private SandboxModel.Opportunity onLever(String id) {
        return sandbox.data().opportunity(id).orElseThrow();
    }

    private String columnCount(FxRobot robot, String stageId) {
        Node count = robot.lookup("#column-" + stageId).query().lookup(".column-count");
        return ((Label) count).getText();
    }

    @Test
    void opensOnTheDemoWorkspaceWithOneColumnPerStage(FxRobot robot) throws Exception {
        waitForBoard();

        assertThat(robot.lookup("#workspace-badge").queryAs(Label.class).getText()).isEqualTo("DEMO");
        assertThat(robot.lookup(".stage-column").queryAll()).hasSize(sandbox.data().stages().size());
        assertThat(robot.lookup("#connection-state").queryAs(Label.class).getText()).isEqualTo("Connected");
    }

    @Test
    void draggingACardToAnotherColumnMovesItOnLever(FxRobot robot) throws Exception {
        waitForBoard();
        ListCell<CardModel> cell = cardsIn(robot, "lead-new").get(0);
        String id = cell.getItem().id();

        robot.drag(cell).dropTo("#column-applicant-new");

        waitUntil(() -> onLever(id).stage().equals("applicant-new") && !window.board().card(id).orElseThrow().isPending());
        assertThat(cardsIn(robot, "applicant-new")).extracting(c -> c.getItem().id()).contains(id);
        assertThat(window.notifications().messages()).last().asString().startsWith("Moved ");
    }

    @Test
    void draggingThreeSelectedCardsMovesAllThree(FxRobot robot) throws Exception {
        waitForBoard();
        List<ListCell<CardModel>> cells = cardsIn(robot, "lead-new").subList(0, 3);
        List<String> ids = cells.stream().map(c -> c.getItem().id()).toList();

        robot.clickOn(cells.get(0));
        robot.press(KeyCode.CONTROL).clickOn(cells.get(1)).clickOn(cells.get(2)).release(KeyCode.CONTROL);
        robot.drag(cells.get(1)).dropTo("#column-lead-responded");

        waitUntil(() -> ids.stream().allMatch(id -> onLever(id).stage().equals("lead-responded")));
        waitUntil(() -> window.notifications().messages().contains("Moved 3 candidates to Responded."));
    }

    @Test
    void aRefusedMoveReturnsTheCardAndShowsWhy(FxRobot robot) throws Exception {
        waitForBoard();
        ListCell<CardModel> cell = cardsIn(robot, "lead-new").get(0);
        String id = cell.getItem().id();
        String name = cell.getItem().name();
        sandbox.faults().next("PUT", "/opportunities/*/stage", Fault.status(400));

        robot.drag(cell).dropTo("#column-applicant-new");

        waitUntil(() -> window.notifications().messages().stream().anyMatch(m -> m.startsWith("Could not move " + name)));
        assertThat(window.board().card(id).orElseThrow().getStageId()).isEqualTo("lead-new");
        assertThat(onLever(id).stage()).isEqualTo("lead-new");
        assertThat(robot.lookup(".notification.error").queryAll()).hasSize(1);
    }

    @Test
    void undoPutsTheCardBackOnLever(FxRobot robot) throws Exception {
        waitForBoard();
        ListCell<CardModel> cell = cardsIn(robot, "lead-new").get(0);
        String id = cell.getItem().id();
        robot.drag(cell).dropTo("#column-applicant-new");
        waitUntil(() -> onLever(id).stage().equals("applicant-new") && window.board().canUndoProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> onLever(id).stage().equals("lead-new") && !window.board().card(id).orElseThrow().isPending());
        assertThat(window.board().card(id).orElseThrow().getStageId()).isEqualTo("lead-new");
    }

    @Test
    void theKeyboardMovesFocusAndCards(FxRobot robot) throws Exception {
        waitForBoard();
        ListCell<CardModel> cell = cardsIn(robot, "lead-new").get(0);
        robot.clickOn(cell);

        robot.type(KeyCode.RIGHT);   // focus to the next column
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<CardModel> next = cardsIn(robot, "lead-reached-out").get(0);
        assertThat(next.getListView().isFocused()).isTrue();
        String id = next.getListView().getSelectionModel().getSelectedItem().id();

        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);   // move to next stage

        waitUntil(() -> onLever(id).stage().equals("lead-responded"));
    }

    @Test
    void searchingChangesTheColumnCounts(FxRobot robot) throws Exception {
        waitForBoard();
        SandboxModel.Opportunity target = sandbox.data().opportunities().stream()
                .filter(o -> !o.isArchived() && o.stage().equals("lead-new")).findFirst().orElseThrow();
        String before = columnCount(robot, "offer");

        robot.clickOn("#search").write(target.name());

        waitUntil(() -> cardsIn(robot, "lead-new").size() >= 1 && !columnCount(robot, "lead-new").equals("0")
                && cardsIn(robot, "lead-new").stream().allMatch(c -> c.getItem().name().equals(target.name())
                        || c.getItem().headline().contains(target.name())));
        assertThat(cardsIn(robot, "lead-new")).extracting(c -> c.getItem().id()).contains(target.id());
        assertThat(Integer.parseInt(columnCount(robot, "offer"))).isLessThanOrEqualTo(Integer.parseInt(before));
    }
}
