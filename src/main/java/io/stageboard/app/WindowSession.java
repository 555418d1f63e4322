package io.stageboard.app;

import io.stageboard.credentials.Account;
import io.stageboard.service.accounts.AccountKeyMissingException;
import io.stageboard.service.accounts.AccountService;
import io.stageboard.service.failures.FailurePolicy;
import io.stageboard.store.Database;
import io.stageboard.ui.common.FxUiExecutor;
import io.stageboard.ui.settings.AccountNavigator;
import io.stageboard.ui.settings.AccountsViewModel;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's current workspace and the switching between workspaces: a switch opens the new workspace in the
 * background, rebuilds the window's content on it, then closes the old one (its client, and for the demo its
 * sandbox). If the new one cannot be opened, the window stays on the old one and says why.
 */
final class WindowSession implements AccountNavigator {

    private static final Logger LOG = LoggerFactory.getLogger(WindowSession.class);

    private final Stage stage;
    private final UiSettings settings;
    private final Executor background;
    private final AccountService accounts;
    private final Database database;
    private final FxUiExecutor fx = new FxUiExecutor();
    private Workspace workspace;
    private MainWindow window;
    private int generation;

    WindowSession(Stage stage, UiSettings settings, Executor background, AccountService accounts, Database database) {
        this.stage = stage;
        this.settings = settings;
        this.background = background;
        this.accounts = accounts;
        this.database = database;
    }

    /** The workspace of a connected account: its badge from its address, its client, whom it acts as. */
    static Workspace workspaceFor(AccountService.OpenAccount opened) {
        Account account = opened.account();
        return new Workspace(
                Workspace.Kind.forAddress(account.baseUrl()),
                account.name(),
                opened.client(),
                account.actAsUserId(),
                null);
    }

    /** Shows a workspace in the window, replacing (and closing) the current one. Call on the FX thread. */
    void show(Workspace next, Account account, String notice) {
        generation++;
        Workspace old = workspace;
        workspace = next;
        window = new MainWindow(
                next,
                settings,
                background,
                notifier -> new AccountsViewModel(accounts, this, fx, notifier, account),
                database,
                MainWindow.cacheKey(next, account == null ? null : account.id()));
        window.show(stage);
        if (notice != null) {
            window.notifications().info(notice);
        }
        if (old != null) {
            background.execute(() -> close(old));
        }
    }

    @Override
    public void open(Account account, String notice) {
        int thisSwitch = ++generation;
        window.notifications().info("Opening \"" + account.name() + "\"…");
        accounts.open(account)
                .whenCompleteAsync(
                        (opened, error) -> {
                            if (error == null && thisSwitch == generation) {
                                show(workspaceFor(opened), account, notice);
                                return;
                            }
                            if (error == null) {
                                // Another switch started meanwhile; this one is not wanted any more.
                                background.execute(opened.client()::close);
                                return;
                            }
                            Throwable cause = FailurePolicy.unwrap(error);
                            if (cause instanceof AccountKeyMissingException missing && window.accounts() != null) {
                                window.accounts()
                                        .requestConnect(
                                                missing.account(),
                                                FailurePolicy.describe(missing).text());
                            } else {
                                window.notifications()
                                        .error("Could not open \"" + account.name() + "\": "
                                                + FailurePolicy.describe(cause).text()
                                                + " Still showing " + workspace.label() + ".");
                            }
                        },
                        fx);
    }

    @Override
    public void openDemo(String notice) {
        int thisSwitch = ++generation;
        CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return WorkspaceOpener.openDemo();
                            } catch (IOException e) {
                                throw new CompletionException(e);
                            }
                        },
                        background)
                .whenCompleteAsync(
                        (demo, error) -> {
                            if (error == null && thisSwitch == generation) {
                                show(demo, null, notice);
                            } else if (error == null) {
                                background.execute(() -> close(demo));
                            } else {
                                window.notifications()
                                        .error("Could not start the demo workspace: "
                                                + FailurePolicy.describe(error).text()
                                                + " Still showing " + workspace.label() + ".");
                            }
                        },
                        fx);
    }

    /** The window showing now, for the smoke test. */
    MainWindow window() {
        return window;
    }

    /** The workspace showing now, closed at exit. */
    Workspace workspace() {
        return workspace;
    }

    private static void close(Workspace old) {
        try {
            old.close();
        } catch (Exception e) {
            LOG.warn("Could not close the previous workspace {}: {}", old.label(), e.getMessage());
        }
    }
}
