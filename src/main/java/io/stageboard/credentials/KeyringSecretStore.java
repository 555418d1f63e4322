package io.stageboard.credentials;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * The operating system's keychain through java-keyring: macOS Keychain, Windows Credential Manager, or the Secret
 * Service on Linux (GNOME Keyring, KWallet). One entry per account: service {@value #SERVICE}, account name = the
 * account's id. The keychain is opened on first use, off the FX thread, and kept open.
 */
public final class KeyringSecretStore implements SecretStore {

    /** The service name of every Stageboard entry in the keychain. */
    public static final String SERVICE = "Stageboard";

    private static final String UNAVAILABLE = "No system keychain is reachable on this computer (on Linux, Stageboard"
            + " needs a Secret Service such as GNOME Keyring or KWallet running and unlocked). The key can be used"
            + " for this run only; Stageboard never saves it to a file.";

    private final String service;
    private Keyring keyring;

    /** A store under the {@value #SERVICE} service name. */
    public KeyringSecretStore() {
        this(SERVICE);
    }

    /** A store under another service name, so tests never touch the user's real entries. */
    public KeyringSecretStore(String service) {
        this.service = service;
    }

    /**
     * Opens the keychain if it is not open yet.
     *
     * @throws SecretStoreException (unavailable) when this computer has no keychain Stageboard can use
     */
    public synchronized void checkAvailable() {
        keyring();
    }

    @Override
    public synchronized void save(String accountId, String secret) {
        if (secret == null || secret.isBlank()) {
            delete(accountId);
            return;
        }
        Keyring open = keyring();
        try {
            open.setPassword(service, accountId, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw failure("save the key in", e);
        }
    }

    @Override
    public synchronized Optional<String> read(String accountId) {
        Keyring open = keyring();
        try {
            return Optional.ofNullable(open.getPassword(service, accountId));
        } catch (PasswordAccessException e) {
            // java-keyring reports a missing entry with this same exception type; only its message tells them apart.
            if (isMissing(e)) {
                return Optional.empty();
            }
            throw failure("read the key from", e);
        } catch (RuntimeException e) {
            throw failure("read the key from", e);
        }
    }

    @Override
    public synchronized void delete(String accountId) {
        Keyring open = keyring();
        try {
            open.deletePassword(service, accountId);
        } catch (PasswordAccessException e) {
            if (!isMissing(e)) {
                throw failure("delete the key from", e);
            }
        } catch (RuntimeException e) {
            throw failure("delete the key from", e);
        }
    }

    @Override
    public String description() {
        return "the system keychain";
    }

    private Keyring keyring() {
        if (keyring == null) {
            try {
                keyring = Keyring.create();
            } catch (BackendNotSupportedException | RuntimeException e) {
                throw new SecretStoreException(UNAVAILABLE, true, e);
            }
        }
        return keyring;
    }

    private static boolean isMissing(PasswordAccessException e) {
        String message = e.getMessage();
        return message != null && (message.startsWith("No stored credentials") || message.contains("not found"));
    }

    private static SecretStoreException failure(String action, Exception e) {
        // The library's messages name the service and account only, never the password; still, ours says less.
        return new SecretStoreException(
                "Stageboard could not " + action + " the system keychain ("
                        + e.getClass().getSimpleName() + "). Unlock the keychain and try again.",
                false,
                e);
    }
}
