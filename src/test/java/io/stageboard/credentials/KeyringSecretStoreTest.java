package io.stageboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real system keychain (the Secret Service in CI). Skipped with a message where none is reachable; with
 * {@code CI=true} a missing keychain fails the test instead, so CI cannot pass without testing it.
 */
class KeyringSecretStoreTest {

    // A separate service name and a random account, so the user's real Stageboard entries are never touched.
    private final KeyringSecretStore store = new KeyringSecretStore("Stageboard-test");
    private final String account = "test-" + UUID.randomUUID();
    private boolean reachable;

    @BeforeEach
    void requireKeychain() {
        SecretStoreException unavailable = catchThrowableOfType(SecretStoreException.class, store::checkAvailable);
        reachable = unavailable == null;
        if (reachable) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but no system keychain is reachable; run the tests inside"
                    + " dbus-run-session with gnome-keyring (see README): " + unavailable.getMessage());
        }
        Assumptions.abort("Skipped: " + unavailable.getMessage());
    }

    @AfterEach
    void removeEntry() {
        if (reachable) {
            store.delete(account);
        }
    }

    @Test
    void aSavedKeyIsReadBackAndGoneAfterDeleting() {
        String saved = "lever-key-" + UUID.randomUUID();
        store.save(account, saved);
        assertThat(store.read(account)).isEqualTo(Optional.of(saved));

        store.delete(account);

        assertThat(store.read(account)).isEqualTo(Optional.empty());
    }

    @Test
    void savingAgainReplacesTheKey() {
        store.save(account, "first-key");
        store.save(account, "second-key");

        assertThat(store.read(account)).isEqualTo(Optional.of("second-key"));
    }

    @Test
    void anEmptyKeyDeletesTheEntry() {
        store.save(account, "a-key");
        store.save(account, "  ");

        assertThat(store.read(account)).isEqualTo(Optional.empty());
    }

    @Test
    void readingOrDeletingAMissingEntryIsNotAnError() {
        assertThat(store.read(account)).isEqualTo(Optional.empty());
        store.delete(account);
        assertThat(store.read(account)).isEqualTo(Optional.empty());
    }
}
