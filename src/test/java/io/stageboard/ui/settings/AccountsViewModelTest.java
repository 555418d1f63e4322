package io.stageboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.api.User;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.Environment;
import io.stageboard.sandbox.Fault;
import io.stageboard.testing.InMemorySync;
import io.stageboard.testing.Movers;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Switching, acting as, signing out and the way back to the connect dialog, without the toolkit. */
class AccountsViewModelTest {

    private final Executor direct = Runnable::run;
    private AccountsFixture fx;
    private Account account;
    private LeverClient client;
    private RecordingNotifier notifier;
    private AccountsViewModel accounts;

    @BeforeEach
    void start() throws Exception {
        fx = new AccountsFixture();
        account = fx.service
                .connect(
                        Account.create("Acme sandbox", Environment.CUSTOM, fx.sandbox.baseUrl()),
                        fx.sandbox.apiKey(),
                        false)
                .join();
        client = fx.service.open(account).join().client();
        notifier = new RecordingNotifier();
        accounts = new AccountsViewModel(fx.service, fx.navigator, UiExecutor.direct(), notifier, account);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        fx.close();
    }

    @Test
    void signingOutDeletesTheKeyAndTheSettingsThenShowsTheDemo() {
        accounts.signOut();

        assertThat(fx.keychain.read(account.id())).isEqualTo(Optional.empty());
        assertThat(fx.store.list()).isEqualTo(List.of());
        assertThat(fx.store.lastUsed()).isEqualTo(Optional.empty());
        assertThat(fx.navigator.calls)
                .isEqualTo(List.of("demo: Signed out of \"Acme sandbox\"; its key was deleted from the keychain."));
    }

    @Test
    void theSwitcherListsEveryAccountAndOpensTheChosenOne() {
        Account other = fx.service
                .connect(
                        Account.create("Acme production", Environment.PRODUCTION, Environment.PRODUCTION.baseUrl()),
                        "prod-key",
                        false)
                .join();

        accounts.refresh();
        accounts.switchTo(other);
        accounts.switchTo(account);

        assertThat(accounts.accounts()).isEqualTo(List.of(other, account));
        assertThat(fx.navigator.calls)
                .as("the account shown is not reopened")
                .isEqualTo(List.of("open Acme production: null"));
    }

    @Test
    void actingAsAnotherUserIsRememberedAndReopensTheAccount() {
        List<User> choices = accounts.actAsChoices().join();
        User chosen = choices.get(2);

        accounts.actAs(chosen);

        Account changed = account.withActAs(chosen.id(), chosen.name());
        assertThat(fx.store.find(account.id())).isEqualTo(Optional.of(changed));
        assertThat(fx.navigator.opened).isEqualTo(List.of(changed));
        assertThat(choices).allMatch(User::isActive);
    }

    @Test
    void aKeyRejectedDuringALoadSendsTheUserToTheConnectDialogForThatAccount() {
        BoardViewModel board = new BoardViewModel(
                InMemorySync.of(client, direct),
                Movers.inMemory(client, direct, null),
                UiExecutor.direct(),
                notifier,
                Clock.systemUTC());
        board.keyRejectedProperty().addListener((o, was, rejected) -> accounts.keyRejected());
        fx.sandbox.faults().next("GET", "/stages", Fault.status(401));

        board.load();

        assertThat(board.getStatus()).isEqualTo(LoadStatus.ERROR);
        assertThat(accounts.connectRequestProperty().get())
                .isEqualTo(new AccountsViewModel.ConnectRequest(
                        account,
                        "Lever no longer accepts the API key of \"Acme sandbox\" (it may have been revoked or replaced). The"
                                + " board keeps what it has loaded; paste a new key from Lever's API Credentials page to"
                                + " carry on."));
    }

    @Test
    void aKeyRejectedDuringAMoveKeepsTheCardsAndAsksForANewKey() {
        BoardViewModel board = new BoardViewModel(
                InMemorySync.of(client, direct),
                Movers.inMemory(client, direct, null),
                UiExecutor.direct(),
                notifier,
                Clock.systemUTC());
        board.keyRejectedProperty().addListener((o, was, rejected) -> accounts.keyRejected());
        board.load();
        int loaded = board.loadedCount();
        var card = board.columns().stream()
                .flatMap(c -> c.cards().stream())
                .findFirst()
                .orElseThrow();
        String from = card.getStageId();
        String to = board.columns().stream()
                .map(c -> c.stageId())
                .filter(s -> !s.equals(from))
                .findFirst()
                .orElseThrow();
        fx.sandbox.faults().next("PUT", "/opportunities/*/stage", Fault.status(401));

        board.move(List.of(card.id()), to);

        assertThat(board.loadedCount()).isEqualTo(loaded);
        assertThat(card.getStageId()).isEqualTo(from);
        assertThat(accounts.connectRequestProperty().get().replacing()).isEqualTo(account);
    }

    @Test
    void reconnectingWithANewKeyKeepsTheAccountAndReplacesItsKey() {
        fx.sandbox.grantKey("new-key", Set.of("*"));
        accounts.keyRejected();
        ConnectAccountViewModel form =
                accounts.newConnectForm(accounts.connectRequestProperty().get());
        form.keyProperty().set("new-key");

        form.check();
        form.save();

        assertThat(form.savedProperty().get().id()).isEqualTo(account.id());
        assertThat(fx.keychain.read(account.id())).isEqualTo(Optional.of("new-key"));
        assertThat(fx.store.list()).extracting(Account::name).isEqualTo(List.of("Acme sandbox"));
    }

    @Test
    void openingAnAccountWhoseKeyWasRemovedFromTheKeychainSaysSo() {
        fx.keychain.delete(account.id());

        Throwable failure = fx.service
                .open(account)
                .handle((opened, error) -> error.getCause())
                .join();

        assertThat(failure)
                .hasMessage("The key of \"Acme sandbox\" is no longer in the system keychain. Connect"
                        + " the account again with a key from Lever.");
    }
}
