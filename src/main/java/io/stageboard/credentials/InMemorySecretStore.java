package io.stageboard.credentials;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets held in memory only: for "use the key for this run only" when no keychain is reachable, for keys given by
 * the environment, and for unit tests. Nothing is written anywhere; the secrets are gone when the app exits.
 */
public final class InMemorySecretStore implements SecretStore {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public void save(String accountId, String secret) {
        if (secret == null || secret.isBlank()) {
            secrets.remove(accountId);
        } else {
            secrets.put(accountId, secret);
        }
    }

    @Override
    public Optional<String> read(String accountId) {
        return Optional.ofNullable(secrets.get(accountId));
    }

    @Override
    public void delete(String accountId) {
        secrets.remove(accountId);
    }

    @Override
    public String description() {
        return "memory, for this run only";
    }
}
