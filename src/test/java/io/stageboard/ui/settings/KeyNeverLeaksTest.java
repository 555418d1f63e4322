package io.stageboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.stageboard.api.LeverClient;
import io.stageboard.app.UiSettings;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.Environment;
import io.stageboard.credentials.InMemorySecretStore;
import io.stageboard.credentials.KeyringSecretStore;
import io.stageboard.credentials.SecretStore;
import io.stageboard.credentials.SecretStoreException;
import io.stageboard.sandbox.Fault;
import io.stageboard.testing.InMemorySync;
import io.stageboard.testing.Movers;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.common.UiExecutor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Connect, use and sign out against the sandbox, with every log line captured at every level, then look for the key
 * (plain and as the Basic credential) in the app data folder, the logs, the preferences and the messages shown.
 * Uses the real keychain where one is reachable (always in CI), else memory.
 */
class KeyNeverLeaksTest {

    @TempDir
    Path appData;

    private final String key = "leak-check-" + UUID.randomUUID();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private AccountsFixture fx;

    @BeforeEach
    void start() throws Exception {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
        fx = new AccountsFixture(reachableKeychainOrMemory(), Runnable::run);
        fx.sandbox.grantKey(key, Set.of("*"));
    }

    private static SecretStore reachableKeychainOrMemory() {
        KeyringSecretStore keychain = new KeyringSecretStore("Stageboard-test");
        try {
            keychain.checkAvailable();
            return keychain;
        } catch (SecretStoreException e) {
            return new InMemorySecretStore();
        }
    }

    @AfterEach
    void stop() throws Exception {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        fx.close();
    }

    @Test
    void theKeyIsInNoFileLogLinePreferenceOrMessageAfterConnectUseAndSignOut() throws Exception {
        RecordingNotifier notifier = new RecordingNotifier();
        List<String> shown = new ArrayList<>();
        // Connect through the form, as the dialog does.
        ConnectAccountViewModel form = new ConnectAccountViewModel(fx.service, UiExecutor.direct(), null, null);
        form.nameProperty().set("Leak check");
        form.environmentProperty().set(Environment.CUSTOM);
        form.customUrlProperty().set(fx.sandbox.baseUrl());
        form.keyProperty().set(key);
        form.check();
        form.save();
        Account account = form.savedProperty().get();
        byte[] prefsWhileConnected = exportPrefs();

        // Use it: load the board, move a card, a 401 on a later call, save the window settings.
        try (LeverClient client = fx.service.open(account).join().client()) {
            BoardViewModel board = new BoardViewModel(
                    InMemorySync.of(client, Runnable::run),
                    Movers.inMemory(client, Runnable::run, null),
                    UiExecutor.direct(),
                    notifier,
                    Clock.systemUTC());
            board.load();
            var card = board.columns().get(0).cards().get(0);
            board.move(List.of(card.id()), board.columns().get(1).stageId());
            fx.sandbox.faults().next("GET", "/stages", Fault.status(401));
            board.refresh();
            shown.add(board.statusMessageProperty().get());
            AccountsViewModel accounts =
                    new AccountsViewModel(fx.service, fx.navigator, UiExecutor.direct(), notifier, account);
            UiSettings settings = UiSettings.load(appData.resolve("settings.properties"));
            settings.setDarkTheme(true);
            settings.save();
            accounts.signOut();
        }

        assertThat(fx.keychain.read(account.id())).isEmpty();
        String credential = Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        List<String> haystacks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(appData)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                haystacks.add(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(haystacks).as("files in the app data folder").isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            haystacks.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                haystacks.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertThat(logs.list).as("the client logged its requests").isNotEmpty();
        haystacks.add(new String(prefsWhileConnected, StandardCharsets.UTF_8));
        haystacks.add(new String(exportPrefs(), StandardCharsets.UTF_8));
        haystacks.addAll(shown);
        haystacks.addAll(notifier.infos);
        haystacks.addAll(notifier.errors);
        haystacks.addAll(fx.navigator.calls);
        assertThat(haystacks).noneMatch(text -> text.contains(key) || text.contains(credential));
        assertThat(new String(prefsWhileConnected, StandardCharsets.UTF_8)).contains("Leak check");
    }

    private byte[] exportPrefs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fx.prefs.exportSubtree(out);
        return out.toByteArray();
    }
}
