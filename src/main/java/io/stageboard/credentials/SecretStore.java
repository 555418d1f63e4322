package io.stageboard.credentials;

import java.util.Optional;

/**
 * Where an account's Lever API key is kept: the operating system's keychain in the app, memory for "this run only"
 * and in unit tests. Calls may block (the keychain may ask the user to unlock it), so never call them on the FX
 * thread. Implementations never put the secret into a log line or an exception message.
 */
public interface SecretStore {

    /**
     * Stores the secret of an account, replacing any earlier one; an empty or blank secret deletes the entry.
     *
     * @param accountId the account's id (the keychain entry's account name)
     * @throws SecretStoreException when the store cannot be reached or refuses
     */
    void save(String accountId, String secret);

    /**
     * Reads the secret of an account.
     *
     * @return the secret, or empty when the store has none for this account
     * @throws SecretStoreException when the store cannot be reached or refuses
     */
    Optional<String> read(String accountId);

    /**
     * Deletes the secret of an account; deleting a missing entry does nothing.
     *
     * @throws SecretStoreException when the store cannot be reached or refuses
     */
    void delete(String accountId);

    /** @return where the secret is kept, for sentences such as "saved in the system keychain" */
    String description();
}
