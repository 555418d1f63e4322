package io.stageboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.credentials.Account;
import io.stageboard.credentials.Environment;
import io.stageboard.credentials.SecretStore;
import io.stageboard.credentials.SecretStoreException;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.ui.common.UiExecutor;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connect form without the toolkit, against the sandbox; background work runs on the calling thread. */
class ConnectAccountViewModelTest {

    private AccountsFixture fx;
    private ConnectAccountViewModel form;

    @BeforeEach
    void start() throws Exception {
        fx = new AccountsFixture();
        form = new ConnectAccountViewModel(fx.service, UiExecutor.direct(), null, null);
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private void fillInForTheSandbox(String key) {
        form.nameProperty().set("Acme sandbox");
        form.environmentProperty().set(Environment.CUSTOM);
        form.customUrlProperty().set(fx.sandbox.baseUrl());
        form.keyProperty().set(key);
    }

    @Test
    void eachMissingOrWrongFieldIsNamedInASentence() {
        assertThat(form.validationProperty().get()).isEqualTo("Give the account a name, such as \"Acme production\".");
        form.nameProperty().set("Acme");
        assertThat(form.validationProperty().get()).isEqualTo("Paste the API key from Lever's API Credentials page.");
        form.keyProperty().set("abc def");
        assertThat(form.validationProperty().get())
                .isEqualTo(
                        "The API key contains spaces or characters a Lever key cannot have; copy it again from Lever.");
        form.keyProperty().set("abcdef");
        assertThat(form.validationProperty().get()).isEmpty();
        form.environmentProperty().set(Environment.CUSTOM);
        form.customUrlProperty().set("http://lever.example.com/v1");
        assertThat(form.validationProperty().get())
                .startsWith("Stageboard only talks to Lever over HTTPS,")
                .endsWith("Use https://lever.example.com instead.");
        form.customUrlProperty().set("http://127.0.0.1:8080/v1");
        assertThat(form.validationProperty().get()).isEmpty();
        assertThat(form.canCheckProperty().get()).isTrue();
        assertThat(form.canSaveProperty().get())
                .as("saving needs a checked key")
                .isFalse();
    }

    @Test
    void aLimitedKeyShowsWhichFeaturesWillNotWorkAndWhatToAskFor() {
        fx.sandbox.grantKey(
                "no-notes",
                Set.of(
                        "stages:read",
                        "opportunities:read",
                        "opportunities:write",
                        "tags:read",
                        "archive_reasons:read",
                        "users:read",
                        "postings:read",
                        "sources:read"));
        fillInForTheSandbox("no-notes");

        form.check();

        assertThat(form.report())
                .extracting(ConnectAccountViewModel.ReportLine::text)
                .isEqualTo(List.of(
                        "✓ Stages (read): the board's columns",
                        "✓ Opportunities (read): the candidates on the board",
                        "✓ Opportunities (write): moving, archiving and tagging candidates",
                        "✗ Notes (read): reading notes",
                        "✗ Notes (write): adding and deleting notes",
                        "✓ Tags (read): the tag filter and tag suggestions",
                        "✓ Archive reasons (read): archiving and the Hired reason",
                        "✓ Users (read): owner names and choosing whom to act as",
                        "✓ Postings (read): posting names and the posting filter",
                        "✓ Sources (read): the source filter",
                        "✗ Confidential data (access): confidential postings and candidates, if your team has any"));
        assertThat(form.missingProperty().get())
                .isEqualTo("Without reading notes, adding and deleting notes,"
                        + " Stageboard will show what it can. Ask a Super Admin to grant this key Notes (read), Notes (write)"
                        + " under Settings › Integrations and API › API Credentials.");
        assertThat(form.stepProperty().get()).isEqualTo(ConnectAccountViewModel.Step.CHECKED);
        assertThat(form.canSaveProperty().get()).isTrue();
    }

    /** Checks a key against an address that does not answer; the answer must come within 5 s. */
    private void checkAgainst(String address) {
        form.nameProperty().set("Acme");
        form.environmentProperty().set(Environment.CUSTOM);
        form.customUrlProperty().set(address);
        form.keyProperty().set("some-key");
        long started = System.nanoTime();

        form.check();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRefusedConnectionIsOneSentenceWithinFiveSecondsAndOffersSavingWithoutACheck() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        checkAgainst("http://127.0.0.1:" + closedPort + "/v1");

        assertThat(form.problemProperty().get())
                .isEqualTo(
                        "Could not reach Lever at 127.0.0.1: the connection was" + " refused. Check your connection.");
        assertThat(form.report()).isEmpty();
        assertThat(form.canSaveProperty().get()).isFalse();
        assertThat(form.canSaveUncheckedProperty().get()).isTrue();

        form.saveWithoutChecking();

        assertThat(fx.store.list()).extracting(Account::name).isEqualTo(List.of("Acme"));
        assertThat(fx.keychain.read(form.savedProperty().get().id())).isEqualTo(Optional.of("some-key"));
    }

    @Test
    void anUnknownHostIsOneSentenceWithinFiveSeconds() {
        checkAgainst("https://no-such-host.invalid/v1");

        assertThat(form.problemProperty().get())
                .isEqualTo("Could not reach Lever at no-such-host.invalid: the host"
                        + " name could not be found. Check your connection.");
        assertThat(form.report()).isEmpty();
        assertThat(form.canSaveProperty().get()).isFalse();
    }

    @Test
    void theActAsChoicesAreTheActiveUsersByName() {
        fillInForTheSandbox(fx.sandbox.apiKey());

        form.check();

        List<String> active = fx.sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .map(SandboxModel.User::name)
                .sorted(Comparator.comparing(String::toLowerCase))
                .toList();
        assertThat(form.users()).extracting(u -> u.name()).isEqualTo(active);
    }

    @Test
    void aWrongKeyGivesThe401SentenceAndNoReport() {
        fillInForTheSandbox("wrong-key");

        form.check();

        assertThat(form.problemProperty().get())
                .isEqualTo("Lever rejected the API key. Check the key or create a"
                        + " new one under Settings → Integrations and API.");
        assertThat(form.report()).isEmpty();
        assertThat(form.canSaveProperty().get()).isFalse();
    }

    @Test
    void savingPutsTheKeyInTheKeychainTheRestInPreferencesAndClearsTheField() {
        fillInForTheSandbox(fx.sandbox.apiKey());
        form.check();
        form.actAsProperty().set(form.users().get(1));

        form.save();

        Account saved = form.savedProperty().get();
        assertThat(fx.keychain.read(saved.id())).isEqualTo(Optional.of(fx.sandbox.apiKey()));
        assertThat(fx.store.list())
                .isEqualTo(List.of(new Account(
                        saved.id(),
                        "Acme sandbox",
                        Environment.CUSTOM,
                        fx.sandbox.baseUrl(),
                        form.users().get(1).id(),
                        form.users().get(1).name())));
        assertThat(fx.store.lastUsed()).isEqualTo(Optional.of(saved));
        assertThat(form.keyProperty().get()).isEmpty();
    }

    @Test
    void changingTheKeyAfterACheckAsksForANewCheck() {
        fillInForTheSandbox(fx.sandbox.apiKey());
        form.check();

        form.keyProperty().set("another-key");

        assertThat(form.stepProperty().get()).isEqualTo(ConnectAccountViewModel.Step.EDITING);
        assertThat(form.report()).isEmpty();
        assertThat(form.canSaveProperty().get()).isFalse();
    }

    @Test
    void withoutAKeychainTheKeyCanBeUsedForThisRunOnlyAndNothingIsSaved() throws Exception {
        SecretStore unreachable = new SecretStore() {
            @Override
            public void save(String accountId, String secret) {
                throw new SecretStoreException("No system keychain is reachable on this computer.", true, null);
            }

            @Override
            public Optional<String> read(String accountId) {
                throw new SecretStoreException("No system keychain is reachable on this computer.", true, null);
            }

            @Override
            public void delete(String accountId) {
                throw new SecretStoreException("No system keychain is reachable on this computer.", true, null);
            }

            @Override
            public String description() {
                return "nowhere";
            }
        };
        fx.close();
        fx = new AccountsFixture(unreachable, Runnable::run);
        form = new ConnectAccountViewModel(fx.service, UiExecutor.direct(), null, null);
        fillInForTheSandbox(fx.sandbox.apiKey());
        form.check();

        form.save();
        assertThat(form.problemProperty().get()).isEqualTo("No system keychain is reachable on this computer.");
        assertThat(form.keychainUnavailableProperty().get()).isTrue();

        form.saveForThisRunOnly();

        Account saved = form.savedProperty().get();
        assertThat(fx.thisRun.read(saved.id())).isEqualTo(Optional.of(fx.sandbox.apiKey()));
        assertThat(fx.store.list()).isEqualTo(List.of());
        assertThat(fx.service.accounts().join()).isEqualTo(List.of(saved));
        assertThat(fx.service.open(saved).join().client().stages())
                .hasSize(fx.sandbox.data().stages().size());
    }
}
