package io.stageboard.testing;

import io.stageboard.api.LeverClient;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.store.Database;
import io.stageboard.store.Outbox;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/** A sandbox, a fast client, and a real SQLite outbox in a temporary folder, for the outbox engine's tests. */
public final class OutboxFixture implements AutoCloseable {

    public final SandboxServer sandbox;
    public final LeverClient client;
    public final Path folder;
    public final String actingUser;
    public Database db;
    public Outbox outbox;

    public OutboxFixture(SandboxOptions options, Path folder) throws Exception {
        this.sandbox = SandboxServer.start(options);
        // Ten attempts: with the sandbox failing 10% of requests at random, a request failing every attempt is a
        // one-in-ten-billion event, so the random-failure test measures the engine, not luck.
        this.client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(2000, 2000)
                .maxAttempts(10)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .build();
        this.folder = folder;
        this.actingUser = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
        reopen();
    }

    /** Opens the database in the folder again, as a new start of the app would. */
    public void reopen() {
        db = Database.open(folder);
        outbox = new Outbox(db, Clock.systemUTC());
    }

    public OutboxWorker worker(Executor executor) {
        return new OutboxWorker(outbox, client, actingUser, executor, Clock.systemUTC());
    }

    /** The active opportunities the key sees, as targets, in the sandbox's order. */
    public List<BulkTarget> activeTargets(int limit) {
        return client.opportunities(OpportunityQuery.builder().archived(false).build()).fetchAll().stream()
                .limit(limit)
                .map(BulkTarget::of)
                .toList();
    }

    public List<SandboxModel.Opportunity> active() {
        return sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential") && !o.isArchived())
                .toList();
    }

    public SandboxModel.Opportunity onLever(String id) {
        return sandbox.data().opportunity(id).orElseThrow();
    }

    @Override
    public void close() {
        db.close();
        client.close();
        sandbox.close();
    }
}
