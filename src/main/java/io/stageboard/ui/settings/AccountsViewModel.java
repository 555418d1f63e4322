package io.stageboard.ui.settings;

import io.stageboard.api.User;
import io.stageboard.credentials.Account;
import io.stageboard.service.accounts.AccountService;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The accounts as the window sees them: the list to switch between, the account shown (null for the demo or an
 * account from the environment), acting as someone else, signing out, and sending the user to the connect dialog
 * when Lever rejects the key. One per window; the window is rebuilt when the account changes.
 */
public final class AccountsViewModel {

    /**
     * A request for the view to open the connect dialog.
     *
     * @param replacing the account whose key is to be replaced, or null for a new account
     * @param reason    the sentence to show at the top of the dialog, or null
     */
    public record ConnectRequest(Account replacing, String reason) {}

    private final AccountService service;
    private final AccountNavigator navigator;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final Account current;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConnectRequest> connectRequest =
            new ReadOnlyObjectWrapper<>(this, "connectRequest");

    /**
     * @param current the account the window shows, or null for the demo or an environment account
     */
    public AccountsViewModel(
            AccountService service, AccountNavigator navigator, UiExecutor ui, Notifier notifier, Account current) {
        this.service = service;
        this.navigator = navigator;
        this.ui = ui;
        this.notifier = notifier;
        this.current = current;
    }

    /** Loads the list of accounts for the switcher. */
    public void refresh() {
        service.accounts()
                .whenCompleteAsync(
                        (list, error) -> {
                            if (error != null) {
                                notifier.error("Could not list the saved accounts: " + Failures.describe(error));
                            } else {
                                accounts.setAll(list);
                            }
                        },
                        ui);
    }

    /** Opens another account in the window. */
    public void switchTo(Account account) {
        if (current == null || !current.id().equals(account.id())) {
            navigator.open(account, null);
        }
    }

    /** Opens the demo workspace; the next start opens it too. */
    public void switchToDemo() {
        service.forgetLastUsed().whenCompleteAsync((done, error) -> navigator.openDemo(null), ui);
    }

    /** Asks the view to open the connect dialog for a new account. */
    public void connectNew() {
        connectRequest.set(new ConnectRequest(null, null));
    }

    /**
     * Lever answered 401 to one of this window's calls: the key was revoked or replaced. Sends the user to the
     * connect dialog for this account; the window keeps showing what it has meanwhile.
     */
    public void keyRejected() {
        String who = current == null ? "this workspace" : "\"" + current.name() + "\"";
        requestConnect(
                current,
                "Lever no longer accepts the API key of " + who + " (it may have been revoked or"
                        + " replaced). The board keeps what it has loaded; paste a new key from Lever's API Credentials page"
                        + " to carry on.");
    }

    /** Asks the view to open the connect dialog to (re)connect {@code account} (null: a new one), saying why. */
    public void requestConnect(Account account, String reason) {
        connectRequest.set(new ConnectRequest(account, reason));
    }

    /** The view has opened (or declined to open) the requested dialog. */
    public void connectRequestHandled() {
        connectRequest.set(null);
    }

    /** A form for the current request, for the dialog. */
    public ConnectAccountViewModel newConnectForm(ConnectRequest request) {
        return new ConnectAccountViewModel(service, ui, request.replacing(), request.reason());
    }

    /** The connect dialog saved an account: show it. */
    public void connected(Account account) {
        navigator.open(account, "Connected \"" + account.name() + "\".");
    }

    /** @return the users this account may act as, for the "Act as" chooser; none without a saved account */
    public CompletableFuture<List<User>> actAsChoices() {
        return current == null ? CompletableFuture.completedFuture(List.of()) : service.activeUsers(current);
    }

    /** Records Lever changes as {@code user} from now on (null for the key's default) and reopens the account. */
    public void actAs(User user) {
        if (current == null) {
            return;
        }
        service.changeActAs(current, user)
                .whenCompleteAsync(
                        (changed, error) -> {
                            if (error != null) {
                                notifier.error("Could not change whom Stageboard acts as: " + Failures.describe(error));
                                return;
                            }
                            navigator.open(
                                    changed,
                                    "Changes are now recorded as "
                                            + (user == null ? "the key's default user" : user.name()) + ".");
                        },
                        ui);
    }

    /** Deletes the current account's key from the keychain and its settings, then shows the demo. */
    public void signOut() {
        if (current == null) {
            return;
        }
        service.signOut(current)
                .whenCompleteAsync(
                        (done, error) -> {
                            if (error != null) {
                                notifier.error("Could not sign out of \"" + current.name() + "\": "
                                        + Failures.describe(error) + " Nothing was removed; try again.");
                                return;
                            }
                            navigator.openDemo(
                                    "Signed out of \"" + current.name() + "\"; its key was deleted from the keychain.");
                        },
                        ui);
    }

    /** @return the account the window shows, or null for the demo or an environment account */
    public Account current() {
        return current;
    }

    /** @return the saved accounts, by name, after {@link #refresh()} */
    public ObservableList<Account> accounts() {
        return accounts;
    }

    /** Set when the view should open the connect dialog; cleared by {@link #connectRequestHandled()}. */
    public ReadOnlyObjectProperty<ConnectRequest> connectRequestProperty() {
        return connectRequest.getReadOnlyProperty();
    }

    /** Adds a listener for connect requests that fires for requests already pending too. */
    public void onConnectRequest(Consumer<ConnectRequest> handler) {
        connectRequest.addListener((o, was, now) -> {
            if (now != null) {
                handler.accept(now);
            }
        });
        if (connectRequest.get() != null) {
            handler.accept(connectRequest.get());
        }
    }
}
