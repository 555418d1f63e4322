package io.stageboard.service.accounts;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverConfigurationException;
import io.stageboard.api.User;
import io.stageboard.credentials.Account;
import io.stageboard.credentials.AccountStore;
import io.stageboard.credentials.Feature;
import io.stageboard.credentials.KeyCheck;
import io.stageboard.credentials.KeyReport;
import io.stageboard.credentials.SecretStore;
import io.stageboard.credentials.SecretStoreException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Connected Lever accounts: checking a key, saving it in the keychain with the account's metadata in preferences,
 * opening an account, changing whom it acts as, and signing out. Every method runs on the background executor (the
 * keychain may block) and returns a future.
 *
 * <p>An account connected "for this run only" (no keychain reachable) keeps its key and metadata in memory and is
 * forgotten when the app exits.
 */
public final class AccountService {

    private final SecretStore keychain;
    private final SecretStore thisRun;
    private final AccountStore store;
    private final Executor background;
    private final BiFunction<String, String, LeverClient> clients;
    private final Map<String, Account> sessionAccounts = new ConcurrentHashMap<>();

    private final List<Consumer<String>> signOutHooks = new CopyOnWriteArrayList<>();

    /**
     * @param keychain   where saved keys live (the OS keychain in the app)
     * @param thisRun    where keys for this run only live (memory)
     * @param store      the accounts' non-secret metadata
     * @param background where keychain and Lever calls run; never the FX thread
     * @param clients    builds a client from a base URL and a key
     */
    public AccountService(
            SecretStore keychain,
            SecretStore thisRun,
            AccountStore store,
            Executor background,
            BiFunction<String, String, LeverClient> clients) {
        this.keychain = keychain;
        this.thisRun = thisRun;
        this.store = store;
        this.background = background;
        this.clients = clients;
    }

    /** Builds clients with the default settings. */
    public static BiFunction<String, String, LeverClient> defaultClients() {
        return (url, key) -> LeverClient.builder().baseUrl(url).apiKey(key).build();
    }

    /** What a key may do and, if it may read users, the active users it could act as. */
    public record Validation(KeyReport report, List<User> activeUsers) {}

    /**
     * Asks Lever what the key may do ({@link KeyCheck}) and lists the active users to act as. Saves nothing.
     * Completes exceptionally with the client's {@code LeverException} (401 for a rejected key, network failures)
     * or a {@code LeverConfigurationException} for an unusable address or key. A refused connection, an unknown host
     * or a failed TLS handshake ends it within seconds: the check makes one attempt per request, not the board's
     * patient retries.
     */
    public CompletableFuture<Validation> validate(String baseUrl, String key) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (LeverClient patient = clients.apply(baseUrl, key);
                            LeverClient client = patient.quickFailing()) {
                        KeyReport report = KeyCheck.run(client);
                        List<User> users = report.access(Feature.USERS) == KeyReport.Access.ALLOWED
                                ? activeUsersOf(client)
                                : List.of();
                        return new Validation(report, users);
                    }
                },
                background);
    }

    /**
     * Saves an account: the key in the keychain (or in memory for this run only), the metadata in preferences, and
     * marks it the one to open at the next start. Saving again under the same id replaces the key.
     * Completes exceptionally with a {@link SecretStoreException} when the keychain fails; then nothing is saved.
     */
    public CompletableFuture<Account> connect(Account account, String key, boolean thisRunOnly) {
        return CompletableFuture.supplyAsync(
                () -> {
                    if (thisRunOnly) {
                        thisRun.save(account.id(), key);
                        sessionAccounts.put(account.id(), account);
                        return account;
                    }
                    // The key first: metadata without a key would be an account that cannot open.
                    keychain.save(account.id(), key);
                    store.save(account);
                    store.setLastUsed(account.id());
                    return account;
                },
                background);
    }

    /** @return the saved accounts and those connected for this run, by name */
    public CompletableFuture<List<Account>> accounts() {
        return CompletableFuture.supplyAsync(
                () -> {
                    List<Account> all = new ArrayList<>(store.list());
                    all.addAll(sessionAccounts.values());
                    all.sort(Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER));
                    return all;
                },
                background);
    }

    /** @return the account opened last, if it is still saved */
    public CompletableFuture<Optional<Account>> lastUsed() {
        return CompletableFuture.supplyAsync(store::lastUsed, background);
    }

    /** An account ready to use; the caller closes the client. */
    public record OpenAccount(Account account, LeverClient client) {}

    /**
     * Reads the account's key (memory first, then the keychain) and builds its client; remembers it as the last used.
     * Completes exceptionally with an {@link AccountKeyMissingException} when no key is stored, or a
     * {@link SecretStoreException} when the keychain fails.
     */
    public CompletableFuture<OpenAccount> open(Account account) {
        return CompletableFuture.supplyAsync(
                () -> {
                    LeverClient client = clientOf(account);
                    if (!sessionAccounts.containsKey(account.id())) {
                        store.setLastUsed(account.id());
                    }
                    return new OpenAccount(account, client);
                },
                background);
    }

    /** Forgets the last used account, so that the next start opens the demo. */
    public CompletableFuture<Void> forgetLastUsed() {
        return CompletableFuture.runAsync(() -> store.setLastUsed(null), background);
    }

    /**
     * Lists the account's active users, by name, to choose whom to act as, on a client of its own that is closed
     * after. Completes exceptionally like {@link #open}, or with the client's {@code LeverException}.
     */
    public CompletableFuture<List<User>> activeUsers(Account account) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (LeverClient client = clientOf(account)) {
                        return activeUsersOf(client);
                    }
                },
                background);
    }

    /**
     * Checks an address typed for a custom environment, without asking Lever anything.
     *
     * @return the address as the client will use it
     * @throws LeverConfigurationException with a sentence saying what is wrong with it
     */
    public String checkAddress(String baseUrl) {
        return LeverClient.checkBaseUrl(baseUrl);
    }

    /** Remembers whom the account acts as ({@code perform_as}); null for the key's default. */
    public CompletableFuture<Account> changeActAs(Account account, User user) {
        return CompletableFuture.supplyAsync(
                () -> {
                    Account changed =
                            user == null ? account.withActAs(null, null) : account.withActAs(user.id(), user.name());
                    if (sessionAccounts.containsKey(account.id())) {
                        sessionAccounts.put(account.id(), changed);
                    } else {
                        store.save(changed);
                    }
                    return changed;
                },
                background);
    }

    /**
     * Signs out: deletes the key from the keychain (and memory), then the account's metadata. If the keychain
     * refuses, nothing is removed and the future fails with a {@link SecretStoreException}, so the user can retry.
     * The account's local cache is deleted too, by the hooks registered with {@link #onSignOut}.
     */
    public CompletableFuture<Void> signOut(Account account) {
        return CompletableFuture.runAsync(
                () -> {
                    thisRun.delete(account.id());
                    if (sessionAccounts.remove(account.id()) == null) {
                        keychain.delete(account.id());
                        store.remove(account.id());
                    }
                    signOutHooks.forEach(hook -> hook.accept(account.id()));
                },
                background);
    }

    /**
     * Adds work to do when an account is signed out, such as deleting its local cache; it runs on the background
     * executor after the key and metadata are gone, with the account id.
     */
    public void onSignOut(Consumer<String> hook) {
        signOutHooks.add(hook);
    }

    private LeverClient clientOf(Account account) {
        Optional<String> key = thisRun.read(account.id());
        if (key.isEmpty() && !sessionAccounts.containsKey(account.id())) {
            key = keychain.read(account.id());
        }
        String secret = key.orElseThrow(() -> new AccountKeyMissingException(account));
        return clients.apply(account.baseUrl(), secret);
    }

    private static List<User> activeUsersOf(LeverClient client) {
        return client.users(false).stream()
                .filter(User::isActive)
                .sorted(Comparator.comparing(u -> u.name() == null ? "" : u.name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
