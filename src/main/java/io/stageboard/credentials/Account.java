package io.stageboard.credentials;

import java.util.Objects;
import java.util.UUID;

/**
 * A connected Lever account: everything about it that is not secret. The key itself lives in a {@link SecretStore}
 * under {@link #id()}.
 *
 * @param id            a random id, the account name of the keychain entry
 * @param name          what the user called it, e.g. "Acme production"
 * @param environment   production, Lever's sandbox or a custom address
 * @param baseUrl       the API address the key belongs to
 * @param actAsUserId   the Lever user changes are recorded as ({@code perform_as}), or null for the key's default
 * @param actAsUserName that user's name, for menus, or null
 */
public record Account(
        String id, String name, Environment environment, String baseUrl, String actAsUserId, String actAsUserName) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** A new account with a fresh id and no act-as user yet. */
    public static Account create(String name, Environment environment, String baseUrl) {
        return new Account(UUID.randomUUID().toString(), name, environment, baseUrl, null, null);
    }

    /** A copy acting as another Lever user (null for the key's default). */
    public Account withActAs(String userId, String userName) {
        return new Account(id, name, environment, baseUrl, userId, userName);
    }
}
