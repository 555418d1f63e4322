package io.stageboard.credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts' non-secret metadata (name, environment, address, act-as user) and which one was used last, in
 * {@link Preferences}: one child node per account id under {@code accounts}. Never holds a key. Preferences may touch
 * the disk, so call these methods off the FX thread.
 */
public final class AccountStore {

    private static final Logger LOG = LoggerFactory.getLogger(AccountStore.class);
    private static final String ACCOUNTS = "accounts";
    private static final String LAST_USED = "lastUsedAccount";

    private final Preferences root;

    /** @param root the node to keep accounts under; the app's own node in the app, a throwaway one in tests */
    public AccountStore(Preferences root) {
        this.root = root;
    }

    /** The app's store: the user preferences node of Stageboard. */
    public static AccountStore forUser() {
        return new AccountStore(Preferences.userRoot().node("io/stageboard"));
    }

    /** @return every saved account, sorted by name */
    public synchronized List<Account> list() {
        List<Account> accounts = new ArrayList<>();
        try {
            Preferences all = root.node(ACCOUNTS);
            for (String id : all.childrenNames()) {
                read(all.node(id)).ifPresent(accounts::add);
            }
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warn("Could not read the saved accounts: {}", e.getMessage());
        }
        accounts.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return accounts;
    }

    /** @return the saved account with this id */
    public synchronized Optional<Account> find(String id) {
        return list().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Adds or replaces an account's metadata and writes it out. */
    public synchronized void save(Account account) {
        Preferences node = root.node(ACCOUNTS).node(account.id());
        node.put("name", account.name());
        node.put("environment", account.environment().name());
        node.put("baseUrl", account.baseUrl());
        putOrRemove(node, "actAsUserId", account.actAsUserId());
        putOrRemove(node, "actAsUserName", account.actAsUserName());
        flush();
    }

    /** Removes an account's metadata; forgets it as the last used one too. */
    public synchronized void remove(String id) {
        try {
            Preferences all = root.node(ACCOUNTS);
            if (all.nodeExists(id)) {
                all.node(id).removeNode();
            }
        } catch (BackingStoreException e) {
            throw new IllegalStateException("Could not remove the account's settings: " + e.getMessage(), e);
        }
        if (id.equals(root.get(LAST_USED, null))) {
            root.remove(LAST_USED);
        }
        flush();
    }

    /** @return the id of the account opened last, if it is still saved */
    public synchronized Optional<Account> lastUsed() {
        String id = root.get(LAST_USED, null);
        return id == null ? Optional.empty() : find(id);
    }

    /** Remembers the account to open at the next start; null forgets it (the demo opens). */
    public synchronized void setLastUsed(String id) {
        putOrRemove(root, LAST_USED, id);
        flush();
    }

    private static Optional<Account> read(Preferences node) {
        String name = node.get("name", null);
        String baseUrl = node.get("baseUrl", null);
        Environment environment;
        try {
            environment = Environment.valueOf(node.get("environment", ""));
        } catch (IllegalArgumentException e) {
            environment = Environment.of(baseUrl);
        }
        if (name == null || baseUrl == null) {
            return Optional.empty();
        }
        return Optional.of(new Account(
                node.name(),
                name,
                environment,
                baseUrl,
                node.get("actAsUserId", null),
                node.get("actAsUserName", null)));
    }

    private static void putOrRemove(Preferences node, String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    private void flush() {
        try {
            root.flush();
        } catch (BackingStoreException e) {
            // Preferences keep the change in memory and retry on their own; the account works for this run.
            LOG.warn("Could not write the account settings yet: {}", e.getMessage());
        }
    }
}
