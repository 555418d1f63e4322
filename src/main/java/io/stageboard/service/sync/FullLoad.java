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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads every opportunity of an account in the order a recruiter needs them:
 *
 * <ol>
 *   <li>the stages and the first page of active opportunities, at once (the client spends part of Lever's burst on
 *       them), so the first cards show after one round trip;
 *   <li>every other active opportunity, one slice per stage paged with several slices in flight (one pager is one
 *       request per round trip, which would leave most of the rate unused), biggest stage first so the rate stays
 *       used until the end; then the board is complete ({@link Events#activeComplete()});
 *   <li>the reference lists the first paint does not need (users, postings, tags, sources, archive reasons);
 *   <li>the archived opportunities, in the background: through the client's background lane (user writes go first)
 *       with few requests in flight. They go to the cache, not to the board.
 * </ol>
 *
 * <p>Nothing of the archived part is held in memory beyond the page at hand.
 */
final class FullLoad {

    /** What the load tells its owner, one call at a time, in order. */
    interface Events {
        /** The stages alone as soon as they arrive, then the whole reference after the active opportunities. */
        void reference(PipelineReference reference);

        /** A page of active opportunities; each id once. */
        void active(List<Opportunity> page);

        /** Every active opportunity has been delivered. */
        void activeComplete();

        /** A page of archived opportunities. */
        void archived(List<Opportunity> page);
    }

    private static final OpportunityQuery FIRST_ACTIVE =
            OpportunityQuery.builder().expand("applications").archived(false).build();

    private final LeverClient client;
    private final Executor executor;
    private final int parallel;
    private final int archivedParallel;
    private final Events events;
    // The first page's opportunities come again in their stage's slice; only they need remembering.
    private final Set<String> sample = new HashSet<>();
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final List<Pager<Opportunity>> pagers = new ArrayList<>();
    // The events are heard one at a time, in order, however many slices are in flight.
    private final Object delivery = new Object();
    private volatile boolean stopped;

    /**
     * @param executor         the injected background executor: every request of the load runs there
     * @param parallel         how many active slices are paged at once
     * @param archivedParallel how many archived slices are paged at once
     */
    FullLoad(LeverClient client, Executor executor, int parallel, int archivedParallel, Events events) {
        this.client = client;
        this.executor = executor;
        this.parallel = parallel;
        this.archivedParallel = archivedParallel;
        this.events = events;
    }

    /**
     * Starts the load on the injected executor; nothing here blocks a thread waiting for another task.
     *
     * @return completes with how many opportunities were read, or with the first failure of any request (the other
     *     slices stop)
     */
    CompletableFuture<Integer> run() {
        // All three at once: the client's burst sends them together. The first page is read in one round trip,
        // without confidential records while the key's access is unknown (they come again in their stage's slice);
        // the probe tells the slices whether to ask for them.
        CompletableFuture<Void> access = CompletableFuture.runAsync(client::learnConfidentialAccess, executor)
                .exceptionally(error -> null);
        CompletableFuture<Page<Opportunity>> first =
                CompletableFuture.supplyAsync(() -> client.firstOpportunitiesPage(FIRST_ACTIVE), executor);
        CompletableFuture<List<Stage>> stages = CompletableFuture.supplyAsync(client::stages, executor);
        CompletableFuture<Void> columns = stages.thenAccept(
                list -> announce(new PipelineReference(list, List.of(), List.of(), List.of(), List.of(), List.of())));
        CompletableFuture<Void> active = first.thenCombine(columns, (page, done) -> page)
                .thenCompose(page -> {
                    deliverFirst(page.items());
                    return page.hasNext()
                            ? access.thenCompose(
                                    known -> page(activeSlices(stages.join(), page.items()), parallel, client, false))
                            : CompletableFuture.completedFuture(null);
                })
                .thenRun(() -> {
                    synchronized (delivery) {
                        if (!stopped) {
                            events.activeComplete();
                        }
                    }
                });
        CompletableFuture<Void> reference = active.thenCompose(
                        done -> new ReferenceReader(client, executor).read(stages.join()))
                .thenAccept(this::announce);
        CompletableFuture<Void> archived = reference.thenCompose(
                done -> page(archivedSlices(stages.join()), archivedParallel, client.background(), true));
        active.whenComplete((done, error) -> stopOnFailure(error));
        reference.whenComplete((done, error) -> stopOnFailure(error));
        return archived.handle((done, error) -> {
            RuntimeException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
            if (error != null) {
                throw unwrap(error);
            }
            return read.get();
        });
    }

    private CompletableFuture<Void> page(
            List<OpportunityQuery> slices, int inFlight, LeverClient reader, boolean archived) {
        ConcurrentLinkedQueue<OpportunityQuery> queue = new ConcurrentLinkedQueue<>(slices);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            workers.add(CompletableFuture.runAsync(() -> drain(queue, reader, archived), executor));
        }
        return CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new))
                .thenRun(() -> {
                    RuntimeException failed = failure.get();
                    if (failed != null) {
                        throw failed;
                    }
                });
    }

    private void announce(PipelineReference reference) {
        synchronized (delivery) {
            if (!stopped) {
                events.reference(reference);
            }
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

    private static List<OpportunityQuery> activeSlices(List<Stage> stages, List<Opportunity> sample) {
        Map<String, Integer> seen = new HashMap<>();
        sample.forEach(o -> seen.merge(o.stage(), 1, Integer::sum));
        List<Stage> biggestFirst = new ArrayList<>(stages);
        biggestFirst.sort(Comparator.comparingInt((Stage s) -> seen.getOrDefault(s.id(), 0))
                .reversed());
        return biggestFirst.stream().map(s -> slice(s, false)).toList();
    }

    private static List<OpportunityQuery> archivedSlices(List<Stage> stages) {
        return stages.stream().map(s -> slice(s, true)).toList();
    }

    private static OpportunityQuery slice(Stage stage, boolean archived) {
        return OpportunityQuery.builder()
                .expand("applications")
                .stage(stage.id())
                .archived(archived)
                .build();
    }

    private void drain(ConcurrentLinkedQueue<OpportunityQuery> slices, LeverClient reader, boolean archived) {
        OpportunityQuery slice;
        while (!stopped && (slice = slices.poll()) != null) {
            Pager<Opportunity> pager = reader.opportunities(slice);
            synchronized (pagers) {
                pagers.add(pager);
            }
            try {
                while (!stopped && pager.hasMore()) {
                    deliver(pager.nextPage().items(), archived);
                }
            } catch (RuntimeException e) {
                if (failure.compareAndSet(null, e)) {
                    stop();
                }
                return;
            } finally {
                synchronized (pagers) {
                    pagers.remove(pager);
                }
            }
        }
    }

    private void deliverFirst(List<Opportunity> page) {
        synchronized (delivery) {
            page.forEach(o -> sample.add(o.id()));
            read.addAndGet(page.size());
            if (!stopped && !page.isEmpty()) {
                events.active(page);
            }
        }
    }

    private void deliver(List<Opportunity> page, boolean archived) {
        synchronized (delivery) {
            if (stopped) {
                return;
            }
            if (archived) {
                read.addAndGet(page.size());
                events.archived(page);
                return;
            }
            // An opportunity of the first page comes again in its slice, and is counted and delivered once.
            List<Opportunity> fresh =
                    page.stream().filter(o -> !sample.contains(o.id())).toList();
            read.addAndGet(fresh.size());
            if (!fresh.isEmpty()) {
                events.active(fresh);
            }
        }
    }
}
