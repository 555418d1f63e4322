package io.stageboard.service.sync;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Reads from Lever in the background what the views other than the board need: reference data, one opportunity. */
public final class PipelineService {

    private final LeverClient client;
    private final Executor background;

    /**
     * @param client     the Lever client of the current workspace
     * @param background where requests run; never the FX thread
     */
    public PipelineService(LeverClient client, Executor background) {
        this.client = client;
        this.background = background;
    }

    /** Fetches stages, users, postings, tags, sources and archive reasons, each request in parallel. */
    public CompletableFuture<PipelineReference> loadReference() {
        return new ReferenceReader(client, background).read();
    }

    /** Fetches one opportunity as Lever has it now. */
    public CompletableFuture<Opportunity> opportunity(String id) {
        return CompletableFuture.supplyAsync(() -> client.opportunity(id), background);
    }
}
