package io.stageboard.service.sync;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverPermissionException;
import io.stageboard.api.Stage;
import io.stageboard.credentials.Feature;
import io.stageboard.service.failures.FailurePolicy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the account's reference lists, each request in parallel on the injected executor; never blocks. The stages
 * are required: their failure fails the read. Users, postings, tags, sources and archive reasons are optional: a list
 * that fails (no permission, Lever down, an answer that is not Lever's JSON) comes back empty, with the sentence
 * saying what is off and why in {@link PipelineReference#unavailable()}.
 */
final class ReferenceReader {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceReader.class);

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
        Map<Feature, String> unavailable = new ConcurrentHashMap<>();
        var users = optional(Feature.USERS, () -> client.users(true), unavailable);
        var postings = optional(Feature.POSTINGS, client::postings, unavailable);
        var tags = optional(Feature.TAGS, client::tags, unavailable);
        var sources = optional(Feature.SOURCES, client::sources, unavailable);
        var reasons = optional(Feature.ARCHIVE_REASONS, client::archiveReasons, unavailable);
        return CompletableFuture.allOf(stages, users, postings, tags, sources, reasons)
                .thenApply(done -> new PipelineReference(
                        stages.join(),
                        users.join(),
                        postings.join(),
                        tags.join(),
                        sources.join(),
                        reasons.join(),
                        unavailable));
    }

    private <T> CompletableFuture<List<T>> optional(
            Feature feature, Supplier<List<T>> read, Map<Feature, String> unavailable) {
        return CompletableFuture.supplyAsync(read, executor).exceptionally(error -> {
            Throwable cause = FailurePolicy.unwrap(error);
            if (cause instanceof CancellationException cancelled) {
                throw cancelled;
            }
            LOG.info("{} not available: {}", feature.permission(), cause.toString());
            unavailable.put(
                    feature,
                    (cause instanceof LeverPermissionException
                                    ? FailurePolicy.missingPermission(feature)
                                    : FailurePolicy.optionalListFailed(feature, cause))
                            .text());
            return List.of();
        });
    }
}
