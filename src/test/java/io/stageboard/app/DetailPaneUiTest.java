package io.stageboard.app;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.LoadStatus;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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

/** Drives the detail pane in the real window, headless, against the sandbox over HTTP. */
@ExtendWith(ApplicationExtension.class)
class DetailPaneUiTest {

    @TempDir
    static Path home;

    private SandboxServer sandbox;
    private LeverClient client;
    private ExecutorService background;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(60).withSeed(13));
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
        FxToolkit.cleanupStages();
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        client.close();
        sandbox.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListCell<CardModel> firstCard(FxRobot robot) throws Exception {
        waitUntil(() -> window.board().getStatus() == LoadStatus.LOADED);
        return robot.lookup("#column-lead-new").query().lookupAll(".opportunity-cell").stream()
                .map(node -> {
                    @SuppressWarnings("unchecked")
                    ListCell<CardModel> cell = (ListCell<CardModel>) node;
                    return cell;
                })
                .filter(cell -> cell.getItem() != null && cell.isVisible())
                .min((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .orElseThrow();
    }

    private String openFirstCard(FxRobot robot) throws Exception {
        ListCell<CardModel> cell = firstCard(robot);
        String id = cell.getItem().id();
        robot.doubleClickOn(cell, MouseButton.PRIMARY);
        waitUntil(() -> window.detail().statusProperty().get() == LoadStatus.LOADED);
        return id;
    }

    private SandboxModel.Opportunity onLever(String id) {
        return sandbox.data().opportunity(id).orElseThrow();
    }

    @Test
    void doubleClickOpensTheCardAndANoteTypedThereLandsOnLever(FxRobot robot) throws Exception {
        String id = openFirstCard(robot);
        assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText()).isEqualTo(onLever(id).name());

        robot.clickOn("#note-editor").write("Strong <b>systems</b> background");
        robot.clickOn("#note-save");

        waitUntil(() -> sandbox.data().notes(id).stream()
                .anyMatch(n -> n.value().equals("Strong <b>systems</b> background")));
        waitUntil(() -> !window.detail().notes().notes().isEmpty()
                && window.detail().notes().notes().get(0).body().equals("Strong <b>systems</b> background"));
        assertThat(robot.lookup(".note-body").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Strong <b>systems</b> background");
    }

    @Test
    void enterOpensTheCardAndATypedTagBecomesAChipOnLeverAndTheBoard(FxRobot robot) throws Exception {
        ListCell<CardModel> cell = firstCard(robot);
        String id = cell.getItem().id();
        robot.clickOn(cell).type(KeyCode.ENTER);
        waitUntil(() -> window.detail().statusProperty().get() == LoadStatus.LOADED);

        robot.clickOn("#tag-input").write("Acme Shortlist").type(KeyCode.ENTER);

        waitUntil(() -> onLever(id).tags().contains("Acme Shortlist"));
        waitUntil(() -> robot.lookup(".detail-tag-chip").queryAllAs(Button.class).stream()
                .anyMatch(b -> "Acme Shortlist".equals(b.getUserData())));
        waitUntil(() -> window.board().card(id).orElseThrow().tags().contains("Acme Shortlist"));
    }

    @Test
    void aTagChipIsRemovedWithTheKeyboard(FxRobot robot) throws Exception {
        String id = firstCard(robot).getItem().id();
        sandbox.data().addTags(id, List.of("Acme Remove Me"), null);
        openFirstCard(robot);
        Button chip = robot.lookup(".detail-tag-chip").queryAllAs(Button.class).stream()
                .filter(b -> "Acme Remove Me".equals(b.getUserData())).findFirst().orElseThrow();

        robot.interact(chip::requestFocus);
        robot.type(KeyCode.DELETE);

        waitUntil(() -> !onLever(id).tags().contains("Acme Remove Me"));
        waitUntil(() -> robot.lookup(".detail-tag-chip").queryAllAs(Button.class).stream()
                .noneMatch(b -> "Acme Remove Me".equals(b.getUserData())));
    }
}
