package io.stageboard.app;

import static io.stageboard.app.LayoutAuditUiTest.opened;
import static io.stageboard.app.LayoutAuditUiTest.runFx;
import static io.stageboard.app.WindowFixture.waitUntil;

import io.stageboard.api.LeverClient;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.AccountStore;
import io.stageboard.credentials.Environment;
import io.stageboard.credentials.InMemorySecretStore;
import io.stageboard.credentials.SecretStore;
import io.stageboard.credentials.SecretStoreException;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.accounts.AccountService;
import io.stageboard.ui.common.FxUiExecutor;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.settings.AccountNavigator;
import io.stageboard.ui.settings.AccountSwitcher;
import io.stageboard.ui.settings.AccountsViewModel;
import io.stageboard.ui.settings.ConnectAccountDialog;
import io.stageboard.ui.settings.ConnectAccountViewModel;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * The connect dialog in each of its states, for the layout audit: new, with "Custom address" chosen, after a wrong
 * key was checked, with a good key checked, and after "Save account" found no keychain; and the act-as dialog of a
 * connected account.
 */
final class ConnectDialogStates implements AutoCloseable {

    private final SandboxServer sandbox;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final Preferences prefs = Preferences.userRoot().node("io/stageboard-test/" + UUID.randomUUID());
    private final AccountService accounts;

    ConnectDialogStates(SandboxServer sandbox) {
        this.sandbox = sandbox;
        accounts = new AccountService(
                new NoKeychain(),
                new InMemorySecretStore(),
                new AccountStore(prefs),
                background,
                (url, key) -> LeverClient.builder()
                        .baseUrl(url)
                        .apiKey(key)
                        .rateLimit(1000, 1000)
                        .maxAttempts(1)
                        .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                        .build());
    }

    /** Opens the dialog, hands it to {@code auditor} in each state, and closes it. */
    void audit(LayoutAuditUiTest.WindowAuditor auditor) throws Exception {
        Window[] shown = new Window[1];
        shown[0] = opened(() -> new ConnectAccountDialog(
                        new ConnectAccountViewModel(accounts, new FxUiExecutor(), null, null), null)
                .show());
        Window dialog = shown[0];
        auditor.audit("connect dialog (new)", dialog);
        runFx(() -> {
            field(dialog, "#account-name").setText("Acme sandbox");
            @SuppressWarnings("unchecked")
            ComboBox<Environment> environment = (ComboBox<Environment>) node(dialog, "#account-environment");
            environment.setValue(Environment.CUSTOM);
            field(dialog, "#account-url").setText(sandbox.baseUrl());
            field(dialog, "#account-key").setText("wrong-key");
        });
        auditor.audit("connect dialog (custom address)", dialog);
        runFx(() -> button(dialog, "Check key").fire());
        waitUntil(() -> dialog.getScene().getRoot().lookupAll(".connect-problem").stream()
                .anyMatch(Node::isVisible));
        auditor.audit("connect dialog (wrong key)", dialog);
        runFx(() -> {
            field(dialog, "#account-key").setText(sandbox.apiKey());
            button(dialog, "Check key").fire();
        });
        waitUntil(() -> !button(dialog, "Save account").isDisabled());
        auditor.audit("connect dialog (key checked)", dialog);
        runFx(() -> button(dialog, "Save account").fire());
        waitUntil(() -> button(dialog, "Use for this run only") != null
                && button(dialog, "Use for this run only").isVisible());
        auditor.audit("connect dialog (no keychain)", dialog);
        LayoutAuditUiTest.close(dialog);
    }

    /**
     * Opens Accounts › Act as… on an account connected for this run (the sandbox's), hands the dialog to
     * {@code auditor}, and closes it.
     */
    void auditActAs(Window owner, Notifier notifier, LayoutAuditUiTest.WindowAuditor auditor) throws Exception {
        Account account = accounts.connect(
                        Account.create("Acme sandbox", Environment.CUSTOM, sandbox.baseUrl()), sandbox.apiKey(), true)
                .join();
        AccountNavigator stay = new AccountNavigator() {
            @Override
            public void open(Account next, String notice) {}

            @Override
            public void openDemo(String notice) {}
        };
        Menu[] menu = new Menu[1];
        runFx(() -> menu[0] = new AccountSwitcher(
                        new AccountsViewModel(accounts, stay, new FxUiExecutor(), notifier, account),
                        notifier,
                        () -> owner,
                        a -> "Sandbox")
                .menu());
        MenuItem actAs = menu[0].getItems().stream()
                .filter(i -> "Act as…".equals(i.getText()))
                .findFirst()
                .orElseThrow();
        Window dialog = opened(actAs::fire);
        auditor.audit("act as", dialog);
        LayoutAuditUiTest.close(dialog);
    }

    private static Node node(Window window, String selector) {
        return window.getScene().getRoot().lookup(selector);
    }

    private static TextField field(Window window, String selector) {
        return (TextField) node(window, selector);
    }

    private static Button button(Window window, String text) {
        return window.getScene().getRoot().lookupAll(".button").stream()
                .filter(b -> b instanceof Button && text.equals(((Button) b).getText()))
                .map(Button.class::cast)
                .findFirst()
                .orElse(null);
    }

    @Override
    public void close() throws InterruptedException, BackingStoreException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        prefs.removeNode();
    }

    /** A computer without a keychain: saving fails the way java-keyring fails without a Secret Service. */
    private static final class NoKeychain implements SecretStore {
        @Override
        public void save(String accountId, String secret) {
            throw new SecretStoreException("No keychain is available on this computer.", true, null);
        }

        @Override
        public Optional<String> read(String accountId) {
            return Optional.empty();
        }

        @Override
        public void delete(String accountId) {}

        @Override
        public String description() {
            return "no keychain";
        }
    }
}
