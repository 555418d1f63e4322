package io.stageboard.app;

import io.stageboard.service.accounts.AccountService;
import io.stageboard.store.Database;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit and the main window on an open workspace, and shuts everything down in order when the
 * window closes. Started with {@link Platform#startup} rather than an {@code Application} subclass so that the
 * launcher can hand the window its collaborators directly.
 */
final class StageboardApp {

    private static final Logger LOG = LoggerFactory.getLogger(StageboardApp.class);

    private StageboardApp() {}

    static void launch(
            StartupWorkspace startup,
            UiSettings settings,
            SmokeTest smokeTest,
            AccountService accounts,
            ExecutorService background,
            Database database) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            WindowSession session = new WindowSession(stage, settings, background, accounts, database);
            // The session's workspace changes when the user switches accounts; close whichever is current.
            // Closing the window ends the app; after a smoke test it ends with the test's verdict, which the
            // window closing on the way out must not turn into 0.
            stage.setOnHidden(
                    e -> shutDown(session.workspace(), background, smokeTest == null ? 0 : smokeTest.exitCode()));
            session.show(startup.workspace(), startup.account(), null);
            if (startup.notice() != null) {
                session.window().notifications().error(startup.notice());
            }
            if (smokeTest != null) {
                smokeTest.watch(session.window().board(), code -> shutDown(session.workspace(), background, code));
            }
        });
    }

    /** Daemon threads for Lever requests and disk writes, so that a stuck request never keeps the app alive. */
    static ExecutorService newBackgroundExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "stageboard-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(6, threads);
    }

    private static void shutDown(Workspace workspace, ExecutorService background, int exitCode) {
        Platform.exit();
        // Let queued settings writes finish, then close the client (and the demo sandbox) before exiting.
        background.shutdown();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
            workspace.close();
        } catch (Exception e) {
            LOG.warn("Could not shut down cleanly: {}", e.getMessage());
        }
        System.exit(exitCode);
    }
}
