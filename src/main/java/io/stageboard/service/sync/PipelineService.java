package io.stageboard.service.sync;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.api.Page;
import io.stageboard.api.Pager;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Loads the pipeline from Lever in the background: reference data, and opportunities page by page. */
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
        var stages = CompletableFuture.supplyAsync(client::stages, background);
        var users = CompletableFuture.supplyAsync(() -> client.users(true), background);
        var postings = CompletableFuture.supplyAsync(client::postings, background);
        var tags = CompletableFuture.supplyAsync(client::tags, background);
        var sources = CompletableFuture.supplyAsync(client::sources, background);
        var reasons = CompletableFuture.supplyAsync(client::archiveReasons, background);
        return CompletableFuture.allOf(stages, users, postings, tags, sources, reasons)
                .thenApply(done -> new PipelineReference(stages.join(), users.join(), postings.join(), tags.join(),
                        sources.join(), reasons.join()));
    }

    /**
     * Streams the opportunities matching {@code query}. Each page goes to {@code onPage} on a background thread as
     * soon as it arrives, so the first cards can show before the last page is fetched.
     */
    public OpportunityStream streamOpportunities(OpportunityQuery query, Consumer<List<Opportunity>> onPage) {
        Pager<Opportunity> pager = client.opportunities(query);
        CompletableFuture<Integer> completion = CompletableFuture.supplyAsync(() -> {
            int delivered = 0;
            while (pager.hasMore()) {
                Page<Opportunity> page = pager.nextPage();
                if (pager.isCancelled()) {
                    throw new CancellationException("The load was replaced by a newer one.");
                }
                onPage.accept(page.items());
                delivered += page.items().size();
            }
            return delivered;
        }, background);
        return new OpportunityStream() {
            @Override
            public CompletableFuture<Integer> completion() {
                return completion;
            }

            @Override
            public void cancel() {
                pager.cancel();
                completion.cancel(false);
            }
        };
    }

    /** Fetches one opportunity as Lever has it now. */
    public CompletableFuture<Opportunity> opportunity(String id) {
        return CompletableFuture.supplyAsync(() -> client.opportunity(id), background);
    }
}
