package io.stageboard.app;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.store.Database;
import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.LoadStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a demo workspace served by a fresh sandbox, for the TestFX tests: what each of them needs
 * to start, look at the board and the sandbox, and stop.
 */
final class WindowFixture implements AutoCloseable {

    final SandboxServer sandbox;
    final LeverClient client;
    final ExecutorService background;
    final MainWindow window;

    private WindowFixture(Stage stage, Path home, int size, long seed) throws IOException {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(size).withSeed(seed));
        // Fast retries and no pacing: the tests wait on conditions, not on Lever's limit.
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .maxAttempts(2)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .build();
        Workspace workspace = new Workspace(Workspace.Kind.DEMO, "Demo workspace", client, actingUser(), sandbox);
        background = StageboardApp.newBackgroundExecutor();
        window = new MainWindow(
                workspace,
                UiSettings.load(home.resolve("settings.properties")),
                background,
                null,
                Database.inMemory(),
                MainWindow.cacheKey(workspace, null));
        window.show(stage);
    }

    /** Opens the window on {@code stage} (call from TestFX's {@code @Start}) over a sandbox of {@code size}. */
    static WindowFixture open(Stage stage, Path home, int size, long seed) throws IOException {
        return new WindowFixture(stage, home, size, seed);
    }

    /** The Lever user the window acts as. */
    String actingUser() {
        return sandbox.data().users().get(0).id();
    }

    /** Waits (up to 20 s) until the condition holds, then until the FX events it caused are handled. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitForBoard() throws Exception {
        waitUntil(() -> window.board().getStatus() == LoadStatus.LOADED);
    }

    /** The visible card cells of a column, top to bottom. */
    List<ListCell<CardModel>> cardsIn(FxRobot robot, String stageId) {
        return robot.lookup("#column-" + stageId).query().lookupAll(".opportunity-cell").stream()
                .map(node -> {
                    @SuppressWarnings("unchecked")
                    ListCell<CardModel> cell = (ListCell<CardModel>) node;
                    return cell;
                })
                .filter(cell -> cell.getItem() != null && cell.isVisible())
                .sorted((a, b) -> Double.compare(
                        a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .toList();
    }

    /** The opportunity as the sandbox (Lever) has it now. */
    SandboxModel.Opportunity onLever(String id) {
        return sandbox.data().opportunity(id).orElseThrow();
    }

    /** Hides the window first (it saves its bounds on the background executor), then stops everything. */
    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        client.close();
        sandbox.close();
    }
}
