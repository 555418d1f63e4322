package io.stageboard.testing;

import io.stageboard.api.LeverClient;
import io.stageboard.service.sync.SyncService;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import java.time.Clock;
import java.util.concurrent.Executor;

/** The board's loading path for tests: the real sync service over an empty cache in an in-memory database. */
public final class InMemorySync {

    private InMemorySync() {}

    /** A sync service whose first sync reads everything from {@code client} on {@code background}. */
    public static SyncService of(LeverClient client, Executor background) {
        return new SyncService(
                client, new OpportunityCache(Database.inMemory()), "test", background, Clock.systemUTC());
    }
}
