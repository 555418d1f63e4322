package io.stageboard.service.sync;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.api.Page;
import io.stageboard.api.Pager;
import io.stageboard.api.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads every opportunity of an account as fast as Lever's rate limit allows. One pager is at most one request in
 * flight, and a round trip takes longer than the client's request spacing, so a single pager leaves most of the
 * rate unused. The load therefore pages several slices of the pipeline at once (one per stage, the biggest stages
 * split into active and archived), biggest first, so the rate stays used until the end.
 *
 * <p>The first page of the unsliced list is asked for before anything else, so the first cards arrive after one
 * round trip; its sample of the pipeline also tells which stages are big. Its opportunities come again in their
 * slices and are delivered only once.
 */
final class FullLoad {

    /** Every opportunity, active and archived; applications are expanded because they name the posting. */
    private static final OpportunityQuery EVERYTHING =
            OpportunityQuery.builder().expand("applications").build();

    private final LeverClient client;
    private final Executor executor;
    private final int parallel;
    private final Consumer<PipelineReference> onReference;
    private final Consumer<List<Opportunity>> onChanged;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final List<Pager<Opportunity>> pagers = new ArrayList<>();
    // The consumers hear one thing at a time, in order, however many slices are in flight.
    private final Object delivery = new Object();
    private volatile boolean stopped;

    /**
     * @param executor the injected background executor: every request of the load runs there
     * @param parallel how many slices are paged at once
     */
    FullLoad(
            LeverClient client,
            Executor executor,
            int parallel,
            Consumer<PipelineReference> onReference,
            Consumer<List<Opportunity>> onChanged) {
        this.client = client;
        this.executor = executor;
        this.parallel = parallel;
        this.onReference = onReference;
        this.onChanged = onChanged;
    }

    /**
     * Starts the load on the injected executor; nothing here blocks a thread waiting for another task.
     *
     * @return completes with the ids of every opportunity delivered, or with the first failure of any request
     *     (the other slices stop)
     */
    CompletableFuture<Set<String>> run() {
        // Submitted first, so it takes the first permit of the client's rate limiter.
        CompletableFuture<Page<Opportunity>> first =
                CompletableFuture.supplyAsync(() -> client.opportunitiesPage(EVERYTHING, null), executor);
        CompletableFuture<List<Stage>> stages = CompletableFuture.supplyAsync(client::stages, executor);
        CompletableFuture<Void> columns = stages.thenAccept(
                list -> announce(new PipelineReference(list, List.of(), List.of(), List.of(), List.of(), List.of())));
        // After the stages alone, so the listener never hears the full reference first.
        CompletableFuture<Void> reference = columns.thenCompose(
                        done -> new ReferenceReader(client, executor).read(stages.join()))
                .thenAccept(this::announce);
        CompletableFuture<Void> pages = first.thenCombine(columns, (page, done) -> page)
                .thenCompose(page -> {
                    deliver(page.items());
                    if (!page.hasNext()) {
                        return CompletableFuture.completedFuture(null);
                    }
                    ConcurrentLinkedQueue<OpportunityQuery> slices =
                            new ConcurrentLinkedQueue<>(slices(stages.join(), page.items()));
                    List<CompletableFuture<Void>> workers = new ArrayList<>();
                    for (int i = 0; i < parallel; i++) {
                        workers.add(CompletableFuture.runAsync(() -> drain(slices), executor));
                    }
                    return CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new));
                });
        reference.whenComplete((done, error) -> stopOnFailure(error));
        pages.whenComplete((done, error) -> stopOnFailure(error));
        return CompletableFuture.allOf(reference, pages).handle((done, error) -> {
            RuntimeException failed = failure.get();
            if (error != null) {
                throw unwrap(error);
            }
            if (failed != null) {
                throw failed;
            }
            return Set.copyOf(delivered);
        });
    }

    private void announce(PipelineReference reference) {
        synchronized (delivery) {
            onReference.accept(reference);
        }
    }

    private void stopOnFailure(Throwable error) {
        if (error != null) {
            stop();
        }
    }

    private static RuntimeException unwrap(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }

    /** Stops the load: requests in flight are cancelled and no new page is asked for. */
    void stop() {
        stopped = true;
        synchronized (pagers) {
            pagers.forEach(Pager::cancel);
        }
    }

    private List<OpportunityQuery> slices(List<Stage> stages, List<Opportunity> sample) {
        Map<String, Integer> seen = new HashMap<>();
        sample.forEach(o -> seen.merge(o.stage(), 1, Integer::sum));
        List<Stage> biggestFirst = new ArrayList<>(stages);
        biggestFirst.sort(Comparator.comparingInt((Stage s) -> seen.getOrDefault(s.id(), 0))
                .reversed());
        List<OpportunityQuery> slices = new ArrayList<>();
        for (Stage stage : biggestFirst) {
            // A stage holding more than its fair share of the sample would finish last, alone, at one request per
            // round trip; split in two it keeps two requests in flight.
            boolean big = seen.getOrDefault(stage.id(), 0) * parallel > sample.size();
            if (big) {
                slices.add(slice(stage, false));
                slices.add(slice(stage, true));
            } else {
                slices.add(OpportunityQuery.builder()
                        .expand("applications")
                        .stage(stage.id())
                        .build());
            }
        }
        return slices;
    }

    private static OpportunityQuery slice(Stage stage, boolean archived) {
        return OpportunityQuery.builder()
                .expand("applications")
                .stage(stage.id())
                .archived(archived)
                .build();
    }

    private void drain(ConcurrentLinkedQueue<OpportunityQuery> slices) {
        OpportunityQuery slice;
        while (!stopped && (slice = slices.poll()) != null) {
            Pager<Opportunity> pager = client.opportunities(slice);
            synchronized (pagers) {
                pagers.add(pager);
            }
            try {
                while (!stopped && pager.hasMore()) {
                    deliver(pager.nextPage().items());
                }
            } catch (RuntimeException e) {
                if (failure.compareAndSet(null, e)) {
                    stop();
                }
                return;
            }
        }
    }

    private void deliver(List<Opportunity> page) {
        List<Opportunity> fresh = new ArrayList<>(page.size());
        for (Opportunity o : page) {
            if (delivered.add(o.id())) {
                fresh.add(o);
            }
        }
        synchronized (delivery) {
            if (!fresh.isEmpty() && !stopped) {
                onChanged.accept(fresh);
            }
        }
    }
}
