package io.stageboard.service.sync;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Stage;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Reads the account's reference lists, each request in parallel. */
final class ReferenceReader {

    private final LeverClient client;
    private final Executor executor;

    ReferenceReader(LeverClient client, Executor executor) {
        this.client = client;
        this.executor = executor;
    }

    /** Reads every list, stages included; blocks. */
    PipelineReference read() {
        return read(CompletableFuture.supplyAsync(client::stages, executor));
    }

    /** Reads every list but the stages, which the caller already has; blocks. */
    PipelineReference read(List<Stage> stages) {
        return read(CompletableFuture.completedFuture(stages));
    }

    private PipelineReference read(CompletableFuture<List<Stage>> stages) {
        var users = CompletableFuture.supplyAsync(() -> client.users(true), executor);
        var postings = CompletableFuture.supplyAsync(client::postings, executor);
        var tags = CompletableFuture.supplyAsync(client::tags, executor);
        var sources = CompletableFuture.supplyAsync(client::sources, executor);
        var reasons = CompletableFuture.supplyAsync(client::archiveReasons, executor);
        try {
            return new PipelineReference(stages.join(), users.join(), postings.join(), tags.join(), sources.join(),
                    reasons.join());
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }
}
