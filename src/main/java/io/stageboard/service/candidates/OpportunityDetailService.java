package io.stageboard.service.candidates;

import io.stageboard.api.ArchiveReason;
import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.service.outbox.Archive;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.SingleWrites;
import io.stageboard.service.outbox.Unarchive;
import io.stageboard.service.outbox.WriteCommand;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Reads one opportunity for the detail pane and changes its archived state, each change a job of the outbox. */
public final class OpportunityDetailService {

    private final LeverClient client;
    private final OutboxWorker worker;
    private final Executor background;

    /**
     * @param client     for reads
     * @param worker     the write engine, with the app's outbox
     * @param background where requests run; never the FX thread
     */
    public OpportunityDetailService(LeverClient client, OutboxWorker worker, Executor background) {
        this.client = client;
        this.worker = worker;
        this.background = background;
    }

    /** Fetches the opportunity as Lever has it now. */
    public CompletableFuture<Opportunity> opportunity(String id) {
        return CompletableFuture.supplyAsync(() -> client.opportunity(id), background);
    }

    /** Archives the opportunity with a reason (the Hired reason marks it hired); completes with Lever's answer. */
    public CompletableFuture<Opportunity> archive(String id, ArchiveReason reason) {
        return write(id, new Archive(reason.id(), reason.text()));
    }

    /** Archives the opportunity with a reason known by id only; its name is read from Lever for the journal. */
    public CompletableFuture<Opportunity> archive(String id, String reasonId) {
        return CompletableFuture.supplyAsync(
                        () -> client.archiveReasons().stream()
                                .filter(r -> r.id().equals(reasonId))
                                .findFirst()
                                .orElse(new ArchiveReason(reasonId, reasonId, null, null)),
                        background)
                .thenCompose(reason -> archive(id, reason));
    }

    /** Returns an archived opportunity to its stage in the active pipeline. */
    public CompletableFuture<Opportunity> unarchive(String id) {
        return write(id, new Unarchive());
    }

    private CompletableFuture<Opportunity> write(String id, WriteCommand command) {
        // Read first: the journal records the candidate's name and the state before the change.
        return CompletableFuture.supplyAsync(
                () -> SingleWrites.write(worker, command, client.opportunity(id)), background);
    }
}
