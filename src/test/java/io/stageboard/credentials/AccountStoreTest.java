package io.stageboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountStoreTest {

    private final Preferences node = Preferences.userRoot().node("io/stageboard-test/" + UUID.randomUUID());
    private final AccountStore store = new AccountStore(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void savedAccountsAreListedByNameWithTheirActAsUser() {
        Account prod = Account.create("Acme production", Environment.PRODUCTION, Environment.PRODUCTION.baseUrl())
                .withActAs("u1", "Ada Lovelace");
        Account sandbox = Account.create("Acme sandbox", Environment.SANDBOX, Environment.SANDBOX.baseUrl());
        store.save(prod);
        store.save(sandbox);

        assertThat(new AccountStore(node).list()).isEqualTo(List.of(prod, sandbox));
    }

    @Test
    void theLastUsedAccountIsRememberedAndForgottenWithTheAccount() {
        Account custom = Account.create("Local", Environment.CUSTOM, "http://127.0.0.1:9/v1");
        store.save(custom);
        store.setLastUsed(custom.id());
        assertThat(store.lastUsed()).isEqualTo(Optional.of(custom));

        store.remove(custom.id());

        assertThat(store.list()).isEqualTo(List.of());
        assertThat(store.lastUsed()).isEqualTo(Optional.empty());
    }
}
