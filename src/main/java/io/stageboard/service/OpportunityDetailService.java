package io.stageboard.service;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Reads one opportunity for the detail pane and changes its archived state. */
public final class OpportunityDetailService {

    private final LeverClient client;
    private final Executor background;
    private final String performAs;

    /**
     * @param client     the Lever client of the current workspace
     * @param background where requests run; never the FX thread
     * @param performAs  the Lever user id the changes are recorded as, or null for the API key's default
     */
    public OpportunityDetailService(LeverClient client, Executor background, String performAs) {
        this.client = client;
        this.background = background;
        this.performAs = performAs;
    }

    /** Fetches the opportunity as Lever has it now. */
    public CompletableFuture<Opportunity> opportunity(String id) {
        return CompletableFuture.supplyAsync(() -> client.opportunity(id), background);
    }

    /** Archives the opportunity with a reason (the Hired reason marks it hired); completes with Lever's answer. */
    public CompletableFuture<Opportunity> archive(String id, String reasonId) {
        return CompletableFuture.supplyAsync(() -> client.archive(id, reasonId, performAs), background);
    }

    /** Returns an archived opportunity to its stage in the active pipeline. */
    public CompletableFuture<Opportunity> unarchive(String id) {
        return CompletableFuture.supplyAsync(() -> client.unarchive(id, performAs), background);
    }
}
