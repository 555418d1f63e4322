package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stageboard.credentials.Account;
import io.stageboard.credentials.AccountStore;
import io.stageboard.credentials.InMemorySecretStore;
import io.stageboard.credentials.KeyringSecretStore;
import io.stageboard.credentials.SecretStore;
import io.stageboard.credentials.SecretStoreException;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.accounts.AccountService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Main accounts …} and {@code bulk-tag --account} against a sandbox, with a throwaway preferences node. */
class AccountsCommandTest {

    @TempDir
    Path home;

    private SandboxServer sandbox;
    private final Preferences node = Preferences.userRoot().node("io/stageboard-test/" + UUID.randomUUID());
    private final AccountStore store = new AccountStore(node);
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private SecretStore keychain = new InMemorySecretStore();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(60).withSeed(4));
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
        background.shutdownNow();
        node.removeNode();
    }

    private AccountService accounts() {
        return new AccountService(
                keychain, new InMemorySecretStore(), store, background, AccountService.defaultClients());
    }

    private int run(String key, String... args) {
        out.reset();
        err.reset();
        return AccountsCommand.run(List.of(args), accounts(), keychain, name -> key, printer(out), printer(err));
    }

    private static PrintStream printer(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Account only() {
        List<Account> all = store.list();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void addChecksTheKeyKeepsItInTheKeychainAndListShowsTheAccount() {
        int code = run(sandbox.apiKey() + "\n", "add", "Local sandbox", "--base-url", sandbox.baseUrl() + "/");

        assertThat(code).isZero();
        assertThat(out())
                .isEqualTo("accounts: added \"Local sandbox\" (" + sandbox.baseUrl() + "); its key is in "
                        + keychain.description() + ".\n");
        Account saved = only();
        assertThat(saved.baseUrl()).isEqualTo(sandbox.baseUrl());
        assertThat(keychain.read(saved.id())).isEqualTo(Optional.of(sandbox.apiKey()));
        // The preferences hold the account's description only, never the key.
        assertThat(preferenceValues()).doesNotContain(sandbox.apiKey());

        assertThat(run(null, "list")).isZero();
        assertThat(out())
                .isEqualTo("Local sandbox\t" + sandbox.baseUrl() + "\t-\tkey in " + keychain.description() + "\n");
    }

    @Test
    void aKeyLeverRejectsIsNotSaved() {
        int code = run("not-the-key", "add", "Local sandbox", "--base-url", sandbox.baseUrl());

        assertThat(code).isEqualTo(1);
        assertThat(err())
                .startsWith("accounts: Lever rejected this key for " + sandbox.baseUrl() + " (HTTP 401).")
                .doesNotContain("not-the-key");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void performAsMustNameAnActiveUserAndIsRecordedWithTheirName() {
        SandboxModel.User user = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow();

        assertThat(run(sandbox.apiKey(), "add", "Local", "--base-url", sandbox.baseUrl(), "--perform-as", "nobody"))
                .isEqualTo(2);
        assertThat(err()).startsWith("No active Lever user has the id nobody; nothing was saved. Active users: ");
        assertThat(store.list()).isEmpty();

        assertThat(run(sandbox.apiKey(), "add", "Local", "--base-url", sandbox.baseUrl(), "--perform-as", user.id()))
                .isZero();
        assertThat(only().actAsUserId()).isEqualTo(user.id());
        assertThat(only().actAsUserName()).isEqualTo(user.name());
    }

    @Test
    void addingASavedNameAgainReplacesItsKeyUnderTheSameEntry() {
        run(sandbox.apiKey(), "add", "Local", "--base-url", sandbox.baseUrl());
        String id = only().id();
        String second = "second-key-" + UUID.randomUUID();
        sandbox.grantKey(second, java.util.Set.of("stages:read", "opportunities:read"));

        assertThat(run(second, "add", "local", "--base-url", sandbox.baseUrl())).isZero();

        assertThat(out()).startsWith("accounts: updated \"local\"");
        assertThat(only().id()).isEqualTo(id);
        assertThat(keychain.read(id)).isEqualTo(Optional.of(second));
    }

    @Test
    void removeDeletesTheKeyAndTheAccount() {
        run(sandbox.apiKey(), "add", "Local", "--base-url", sandbox.baseUrl());
        String id = only().id();

        assertThat(run(null, "remove", "Local")).isZero();

        assertThat(out())
                .isEqualTo("accounts: removed \"Local\"; its key is deleted from " + keychain.description() + ".\n");
        assertThat(store.list()).isEmpty();
        assertThat(keychain.read(id)).isEqualTo(Optional.empty());
        assertThat(run(null, "remove", "Local")).isEqualTo(1);
        assertThat(err()).isEqualTo("accounts: no saved account is named \"Local\"; nothing was removed.\n");
    }

    @Test
    void badArgumentsPrintASentenceAndTheUsage() {
        assertThat(run("k", "add", "Local")).isEqualTo(2);
        assertThat(err())
                .startsWith("accounts add needs the API address: --base-url URL")
                .endsWith(AccountsCommand.USAGE + "\n");
        assertThat(run("", "add", "Local", "--base-url", sandbox.baseUrl())).isEqualTo(2);
        assertThat(err()).startsWith("accounts add read no API key on standard input.");
        assertThat(run(null, "rename")).isEqualTo(2);
        assertThat(err()).startsWith("accounts does not know \"rename\"; use list, add or remove.");
        assertThat(run("k", "add", "Local", "--base-url", "http://lever.example.com/v1"))
                .isEqualTo(1);
        assertThat(err()).startsWith("accounts: ").contains("https://");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void bulkTagOnASavedAccountUsesItsKeyFromTheKeychain() {
        run(sandbox.apiKey(), "add", "Local", "--base-url", sandbox.baseUrl());
        out.reset();
        // No LEVER_API_* in the environment: without --account this would tag the demo workspace.
        Map<String, String> env = Map.of("STAGEBOARD_HOME", home.toString());

        int code = BulkTagCommand.run(
                List.of("--add", "From CLI", "--stage", "lead-new", "--account", "Local"),
                env,
                executor -> accounts(),
                printer(out),
                printer(err));

        assertThat(code).isZero();
        assertThat(out().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("bulk-tag: ")
                .endsWith(" 0 failed");
        assertThat(sandbox.data().opportunities().stream()
                        .filter(o -> o.stage().equals("lead-new")
                                && !o.isArchived()
                                && o.confidentiality().equals("non-confidential")))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.tags()).contains("From CLI"));
        assertThat(BulkTagCommand.run(
                        List.of("--add", "x", "--account", "Elsewhere"),
                        env,
                        executor -> accounts(),
                        printer(out),
                        printer(err)))
                .isEqualTo(2);
        assertThat(err()).contains("No saved account is named \"Elsewhere\"");
    }

    /** The same round trip in the real keychain (the Secret Service in CI), under a test service name. */
    @Test
    void theKeyMakesTheRoundTripThroughTheSystemKeychain() {
        KeyringSecretStore real = new KeyringSecretStore("Stageboard-test");
        SecretStoreException unavailable = catchThrowableOfType(SecretStoreException.class, real::checkAvailable);
        if (unavailable != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but no system keychain is reachable; run the tests inside"
                        + " dbus-run-session with gnome-keyring (see README): " + unavailable.getMessage());
            }
            Assumptions.abort("Skipped: " + unavailable.getMessage());
        }
        keychain = real;
        try {
            assertThat(run(sandbox.apiKey(), "add", "Keychain", "--base-url", sandbox.baseUrl()))
                    .isZero();
            String id = only().id();
            assertThat(real.read(id)).isEqualTo(Optional.of(sandbox.apiKey()));
            assertThat(run(null, "list")).isZero();
            assertThat(out()).endsWith("\tkey in the system keychain\n");

            assertThat(run(null, "remove", "Keychain")).isZero();
            assertThat(real.read(id)).isEqualTo(Optional.empty());
        } finally {
            store.list().forEach(a -> real.delete(a.id()));
        }
    }

    private List<String> preferenceValues() {
        try {
            Preferences accounts = node.node("accounts");
            return Stream.of(accounts.childrenNames())
                    .map(accounts::node)
                    .flatMap(n -> {
                        try {
                            return Stream.of(n.keys()).map(k -> n.get(k, ""));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
