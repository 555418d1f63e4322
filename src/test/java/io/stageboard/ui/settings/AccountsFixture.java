package io.stageboard.ui.settings;

import io.stageboard.api.LeverClient;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.AccountStore;
import io.stageboard.credentials.InMemorySecretStore;
import io.stageboard.credentials.SecretStore;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.accounts.AccountService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;

/**
 * A sandbox, a throwaway preferences node and an account service over them, for the accounts tests. The keychain
 * is an {@link InMemorySecretStore} unless a test passes another store.
 */
final class AccountsFixture implements AutoCloseable {

    final SandboxServer sandbox;
    final Preferences prefs = Preferences.userRoot().node("io/stageboard-test/" + UUID.randomUUID());
    final AccountStore store = new AccountStore(prefs);
    final SecretStore keychain;
    final InMemorySecretStore thisRun = new InMemorySecretStore();
    final AccountService service;
    final RecordingNavigator navigator = new RecordingNavigator();

    AccountsFixture(SecretStore keychain, Executor background) throws Exception {
        this.sandbox =
                SandboxServer.start(SandboxOptions.defaults().withSize(40).withSeed(5));
        this.keychain = keychain;
        this.service = new AccountService(
                keychain,
                thisRun,
                store,
                background,
                (url, key) -> LeverClient.builder()
                        .baseUrl(url)
                        .apiKey(key)
                        .rateLimit(1000, 1000)
                        .maxAttempts(2)
                        .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                        .build());
    }

    AccountsFixture() throws Exception {
        this(new InMemorySecretStore(), Runnable::run);
    }

    @Override
    public void close() throws Exception {
        prefs.removeNode();
        sandbox.close();
    }

    /** Remembers which workspace the view-models asked the window to show. */
    static final class RecordingNavigator implements AccountNavigator {
        final List<String> calls = new ArrayList<>();
        final List<Account> opened = new ArrayList<>();

        @Override
        public void open(Account account, String notice) {
            opened.add(account);
            calls.add("open " + account.name() + ": " + notice);
        }

        @Override
        public void openDemo(String notice) {
            calls.add("demo: " + notice);
        }
    }
}
