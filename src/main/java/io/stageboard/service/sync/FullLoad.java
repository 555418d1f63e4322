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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
    private static final OpportunityQuery EVERYTHING = OpportunityQuery.builder().expand("applications").build();

    private final LeverClient client;
    private final int parallel;
    private final Consumer<PipelineReference> onReference;
    private final Consumer<List<Opportunity>> onChanged;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final List<Pager<Opportunity>> pagers = new ArrayList<>();
    // The consumers hear one thing at a time, in order, however many slices are in flight.
    private final Object delivery = new Object();
    private volatile boolean stopped;

    FullLoad(LeverClient client, int parallel, Consumer<PipelineReference> onReference,
             Consumer<List<Opportunity>> onChanged) {
        this.client = client;
        this.parallel = parallel;
        this.onReference = onReference;
        this.onChanged = onChanged;
    }

    /**
     * Runs the load, blocking until every slice is read.
     *
     * @return the ids of every opportunity delivered
     * @throws RuntimeException the first failure of any request; the other slices stop
     */
    Set<String> run() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel + 7, task -> {
            Thread t = new Thread(task, "stageboard-full-load-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            // Submitted first, so it takes the first permit of the client's rate limiter.
            CompletableFuture<Page<Opportunity>> first =
                    CompletableFuture.supplyAsync(() -> client.opportunitiesPage(EVERYTHING, null), pool);
            List<Stage> stages = client.stages();
            synchronized (delivery) {
                onReference.accept(new PipelineReference(stages, List.of(), List.of(), List.of(), List.of(),
                        List.of()));
            }
            CompletableFuture<PipelineReference> reference = CompletableFuture.supplyAsync(
                    () -> new ReferenceReader(client, pool).read(stages), pool);
            Page<Opportunity> firstPage = join(first);
            deliver(firstPage.items());
            List<CompletableFuture<Void>> workers = new ArrayList<>();
            if (firstPage.hasNext()) {
                ConcurrentLinkedQueue<OpportunityQuery> slices = new ConcurrentLinkedQueue<>(
                        slices(stages, firstPage.items()));
                for (int i = 0; i < parallel; i++) {
                    workers.add(CompletableFuture.runAsync(() -> drain(slices), pool));
                }
            }
            PipelineReference complete = join(reference);
            synchronized (delivery) {
                onReference.accept(complete);
            }
            join(CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)));
        } finally {
            pool.shutdownNow();
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        return Set.copyOf(delivered);
    }

    private <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            stop();
            throw ReferenceReader.unwrap(e);
        }
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
        biggestFirst.sort(Comparator.comparingInt((Stage s) -> seen.getOrDefault(s.id(), 0)).reversed());
        List<OpportunityQuery> slices = new ArrayList<>();
        for (Stage stage : biggestFirst) {
            // A stage holding more than its fair share of the sample would finish last, alone, at one request per
            // round trip; split in two it keeps two requests in flight.
            boolean big = seen.getOrDefault(stage.id(), 0) * parallel > sample.size();
            if (big) {
                slices.add(slice(stage, false));
                slices.add(slice(stage, true));
            } else {
                slices.add(OpportunityQuery.builder().expand("applications").stage(stage.id()).build());
            }
        }
        return slices;
    }

    private static OpportunityQuery slice(Stage stage, boolean archived) {
        return OpportunityQuery.builder().expand("applications").stage(stage.id()).archived(archived).build();
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
