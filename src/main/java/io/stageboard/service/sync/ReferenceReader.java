package io.stageboard.service.sync;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Stage;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Reads the account's reference lists, each request in parallel on the injected executor; never blocks. */
final class ReferenceReader {

    private final LeverClient client;
    private final Executor executor;

    ReferenceReader(LeverClient client, Executor executor) {
        this.client = client;
        this.executor = executor;
    }

    /** Reads every list, stages included. */
    CompletableFuture<PipelineReference> read() {
        return read(CompletableFuture.supplyAsync(client::stages, executor));
    }

    /** Reads every list but the stages, which the caller already has. */
    CompletableFuture<PipelineReference> read(List<Stage> stages) {
        return read(CompletableFuture.completedFuture(stages));
    }

    private CompletableFuture<PipelineReference> read(CompletableFuture<List<Stage>> stages) {
        var users = CompletableFuture.supplyAsync(() -> client.users(true), executor);
        var postings = CompletableFuture.supplyAsync(client::postings, executor);
        var tags = CompletableFuture.supplyAsync(client::tags, executor);
        var sources = CompletableFuture.supplyAsync(client::sources, executor);
        var reasons = CompletableFuture.supplyAsync(client::archiveReasons, executor);
        return CompletableFuture.allOf(stages, users, postings, tags, sources, reasons)
                .thenApply(done -> new PipelineReference(stages.join(), users.join(), postings.join(), tags.join(),
                        sources.join(), reasons.join()));
    }
}
