package io.stageboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.credentials.Account;
import io.stageboard.credentials.Environment;
import io.stageboard.credentials.InMemorySecretStore;
import io.stageboard.ui.common.FxUiExecutor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the connect dialog headless (TestFX + Monocle) against the sandbox, with an in-memory keychain. */
@ExtendWith(ApplicationExtension.class)
class ConnectAccountDialogUiTest {

    private ExecutorService background;
    private AccountsFixture fx;
    private ConnectAccountDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        background = Executors.newFixedThreadPool(2);
        fx = new AccountsFixture(new InMemorySecretStore(), background);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        dialog = new ConnectAccountDialog(
                new ConnectAccountViewModel(fx.service, new FxUiExecutor(), null, null), stage);
        dialog.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        fx.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fillIn(FxRobot robot, String key) {
        robot.clickOn("#account-name").write("Acme sandbox");
        robot.interact(() -> robot.lookup("#account-environment")
                .<ComboBox<Environment>>query()
                .setValue(Environment.CUSTOM));
        // The long address is set directly; typing it key by key through the robot takes seconds.
        robot.interact(() -> robot.lookup("#account-url")
                .<javafx.scene.control.TextField>query()
                .setText(fx.sandbox.baseUrl()));
        robot.clickOn("#account-key").write(key);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).<Label>query().getText();
    }

    @Test
    void aWrongKeyShowsThe401Sentence(FxRobot robot) throws Exception {
        fillIn(robot, "wrong-key");

        robot.clickOn("#connect-check");

        waitUntil(() -> !text(robot, "#connect-problem").isEmpty());
        assertThat(text(robot, "#connect-problem"))
                .isEqualTo("Lever rejected the API key. Check the key or create a"
                        + " new one under Settings → Integrations and API.");
        assertThat(robot.lookup("#connect-save").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aKeyMissingPermissionsShowsWhatWillNotWorkAndSavingStoresItInTheKeychain(FxRobot robot) throws Exception {
        fx.sandbox.grantKey(
                "limited-key",
                Set.of(
                        "stages:read",
                        "opportunities:read",
                        "users:read",
                        "postings:read",
                        "tags:read",
                        "archive_reasons:read",
                        "notes:read",
                        "notes:write",
                        "sources:read"));
        fillIn(robot, "limited-key");

        robot.clickOn("#connect-check");

        waitUntil(() ->
                !robot.lookup("#connect-report").<VBox>query().getChildren().isEmpty());
        assertThat(text(robot, "#connect-missing"))
                .isEqualTo("Without moving, archiving and tagging candidates,"
                        + " Stageboard will show what it can. Ask a Super Admin to grant this key Opportunities (write) under"
                        + " Settings › Integrations and API › API Credentials.");
        List<String> report = robot.lookup("#connect-report").<VBox>query().getChildren().stream()
                .map(line -> ((Label) line).getText())
                .filter(line -> line.startsWith("✗"))
                .toList();
        assertThat(report)
                .isEqualTo(List.of(
                        "✗ Opportunities (write): moving, archiving and tagging candidates",
                        "✗ Confidential data (access): confidential postings and candidates, if your team has any"));

        robot.clickOn("#connect-save");

        waitUntil(() -> dialog.getResult() != null && !dialog.isShowing());
        Account saved = dialog.getResult();
        assertThat(fx.keychain.read(saved.id())).isEqualTo(Optional.of("limited-key"));
        assertThat(fx.store.list()).extracting(Account::name).isEqualTo(List.of("Acme sandbox"));
    }

    @Test
    void theKeyFieldIsMaskedAndCannotBeCopied(FxRobot robot) throws Exception {
        fillIn(robot, "secret-key-to-keep");
        PasswordField field = robot.lookup("#account-key").query();

        robot.interact(() -> {
            ClipboardContent before = new ClipboardContent();
            before.putString("clipboard before");
            Clipboard.getSystemClipboard().setContent(before);
            field.selectAll();
            field.copy();
            field.cut();
        });

        robot.interact(
                () -> assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo("clipboard before"));
        assertThat(field.getText()).isEqualTo("secret-key-to-keep");
    }
}
