package io.stageboard.testing;

import io.stageboard.api.LeverClient;
import io.stageboard.service.moves.StageMoveService;
import io.stageboard.service.outbox.OutboxWorker;
import java.util.concurrent.Executor;

/** Stage movers for tests that need real moves but no durable journal. */
public final class Movers {

    private Movers() {}

    /** A mover whose outbox lives in memory, sending through {@code client} as {@code performAs}. */
    public static StageMoveService inMemory(LeverClient client, Executor background, String performAs) {
        return new StageMoveService(OutboxWorker.inMemory(client, performAs, background), background);
    }
}
