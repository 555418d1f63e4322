package io.stageboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.credentials.Account;
import io.stageboard.credentials.Environment;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing out deletes what Stageboard cached of that account, and only of that account. */
class SignOutCacheTest {

    private AccountsFixture fx;
    private Database database;
    private OpportunityCache cache;

    @BeforeEach
    void start() throws Exception {
        fx = new AccountsFixture();
        database = Database.inMemory();
        cache = new OpportunityCache(database);
        fx.service.onSignOut(cache::deleteAccount);
    }

    @AfterEach
    void stop() throws Exception {
        database.close();
        fx.close();
    }

    @Test
    void signingOutDeletesTheAccountsCacheAndKeepsTheOthers() {
        Account leaving = fx.service
                .connect(
                        Account.create("Acme sandbox", Environment.CUSTOM, fx.sandbox.baseUrl()),
                        fx.sandbox.apiKey(),
                        false)
                .join();
        for (String account : List.of(leaving.id(), "staying")) {
            cache.putOpportunities(account, List.of(new OpportunityCache.Row("o-1", "{\"id\":\"o-1\"}")));
            cache.putReference(account, "stages", "[]");
            cache.setSyncedAt(account, 1_000L);
        }

        fx.service.signOut(leaving).join();

        assertThat(cache.opportunities(leaving.id())).isEqualTo(List.of());
        assertThat(cache.reference(leaving.id(), "stages")).isEqualTo(Optional.empty());
        assertThat(cache.syncedAt(leaving.id())).isEqualTo(Optional.empty());
        assertThat(cache.opportunities("staying")).isEqualTo(List.of("{\"id\":\"o-1\"}"));
        assertThat(cache.syncedAt("staying")).isEqualTo(Optional.of(1_000L));
    }
}
