package io.stageboard.service.sync;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.stageboard.api.ArchiveReason;
import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.api.Posting;
import io.stageboard.api.Source;
import io.stageboard.api.Stage;
import io.stageboard.api.Tag;
import io.stageboard.api.User;
import io.stageboard.store.OpportunityCache;
import io.stageboard.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Keeps an account's local cache in step with Lever and tells the board what changed. The board first shows the
 * cache ({@link #loadCached()}, active opportunities only), then calls {@link #sync}: a new cache gets one full pass
 * ({@link FullLoad}: the active board first, archived opportunities last, in the background); after that each sync
 * asks only for what changed since the last one started, minus a small overlap for clocks that disagree, plus the
 * opportunities deleted since then and the tags: three requests when nothing changed, whatever the account's size.
 * Archived opportunities stay in the cache's database and are searched there ({@link #archived}).
 */
public final class SyncService {

    /** How far before the last sync an incremental sync starts looking: covers clock skew and slow writes. */
    public static final long OVERLAP_MILLIS = 2 * 60_000;
    /** Slices paged at once in a full pass: enough to keep about two requests in flight at 10/s, 200 ms each. */
    public static final int PARALLEL_SLICES = 4;
    /**
     * Archived slices paged at once, through the client's background lane: two requests in flight use about the
     * whole rate at 200 ms a round trip, and a user's write still takes the next permit of the client's limiter.
     */
    public static final int ARCHIVED_SLICES = 2;

    /** How many archived opportunities a deleted tag is taken off at once. */
    private static final int STRIP_BATCH = 1_000;

    private static final ObjectWriter WRITER = CacheJson.writer();
    private static final ObjectReader OPPORTUNITY = CacheJson.reader(Opportunity.class);

    private final LeverClient client;
    private final OpportunityCache cache;
    private final String account;
    private final Executor background;
    private final Clock clock;
    private CompletableFuture<SyncResult> running;
    private FullLoad fullLoad;
    private volatile boolean closed;
    private volatile BiConsumer<List<String>, List<Opportunity>> tagsDeleted = (tags, cards) -> {};

    /**
     * @param client     the account's Lever client
     * @param cache      the local cache
     * @param account    the key the account's rows are stored under (the account id)
     * @param background where cache reads and syncs run; never the FX thread
     * @param clock      for the sync cursor
     */
    public SyncService(LeverClient client, OpportunityCache cache, String account, Executor background, Clock clock) {
        this.client = client;
        this.cache = cache;
        this.account = account;
        this.background = background;
        this.clock = clock;
    }

    /**
     * Reads the cached pipeline, without any request to Lever: the active opportunities only, the archived ones
     * stay in the database ({@link #archived}).
     *
     * @return the cached pipeline, or empty when nothing (or nothing usable) is cached for the account
     */
    public CompletableFuture<Optional<CachedPipeline>> loadCached() {
        return CompletableFuture.supplyAsync(
                () -> {
                    Optional<PipelineReference> cached = loadReference();
                    if (cached.isEmpty()) {
                        return Optional.empty();
                    }
                    PipelineReference reference = cached.get();
                    // Parsing is most of a warm start; the rows are independent, so every core takes a share.
                    List<Opportunity> opportunities = cache.opportunities(account).parallelStream()
                            .map(SyncService::readOpportunity)
                            .toList();
                    Optional<Long> syncedAt = cache.syncedAt(account);
                    return Optional.of(new CachedPipeline(
                            reference,
                            opportunities,
                            syncedAt.map(OptionalLong::of).orElse(OptionalLong.empty())));
                },
                background);
    }

    /**
     * Brings the cache up to date with Lever and tells {@code listener} what changed. A sync already running is
     * joined rather than started twice.
     *
     * @param withReference also read stages, users, postings, tags, sources and archive reasons again (a full pass
     *                      always does)
     * @return what the sync did; fails with the client's exception when Lever cannot be reached, leaving the cache
     *     as the last good sync left it
     */
    public synchronized CompletableFuture<SyncResult> sync(boolean withReference, SyncListener listener) {
        if (running != null && !running.isDone()) {
            return running;
        }
        // A cache without its stages was never shown (an older version saved none for a key whose optional lists
        // were all off): read everything again rather than only what changed.
        running = CompletableFuture.supplyAsync(
                        () -> cache.reference(account, "stages").isPresent()
                                ? cache.syncedAt(account)
                                : Optional.<Long>empty(),
                        background)
                .thenCompose(since ->
                        since.isEmpty() ? fullPass(listener) : incremental(since.get(), withReference, listener));
        return running;
    }

    /**
     * Hears of tags deleted in Lever's settings, once per sync that notices them, with the cached cards they were
     * taken from (on a background thread): the activity log records it.
     */
    public void setOnTagsDeleted(BiConsumer<List<String>, List<Opportunity>> action) {
        this.tagsDeleted = Objects.requireNonNull(action);
    }

    /**
     * Searches the cached archived opportunities, without any request to Lever: the search words each match the start
     * of a word of the name, headline or an e-mail address ("ada lov" finds Ada Lovelace), the filters exactly.
     *
     * @param query the board's filters and search; {@code showArchived} is not looked at
     * @param limit at most this many, newest first
     */
    public CompletableFuture<ArchivedMatches> archived(BoardQuery query, int limit) {
        return CompletableFuture.supplyAsync(
                () -> {
                    OpportunityCache.ArchivedPage page = cache.findArchived(
                            account,
                            new OpportunityCache.ArchivedFilter(
                                    query.search(),
                                    query.postingId(),
                                    query.tag(),
                                    query.source(),
                                    query.origin(),
                                    query.ownerId()),
                            limit);
                    return new ArchivedMatches(
                            page.json().stream()
                                    .map(SyncService::readOpportunity)
                                    .toList(),
                            page.total());
                },
                background);
    }

    /** How many archived opportunities the cache holds, and whether a first load has read them all. */
    public CompletableFuture<ArchivedProgress> archivedProgress() {
        return CompletableFuture.supplyAsync(
                () -> new ArchivedProgress(
                        cache.archivedCount(account), cache.syncedAt(account).isPresent()),
                background);
    }

    /** @return when the last complete sync started, ms since the epoch, if one did */
    public OptionalLong syncedAt() {
        return cache.syncedAt(account).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Stops a full pass in progress; the cache keeps what it has, and the next sync starts the pass again. */
    public synchronized void close() {
        closed = true;
        if (fullLoad != null) {
            fullLoad.stop();
        }
    }

    /** Deletes the account's cache (sign-out); the next start loads everything from Lever. */
    public CompletableFuture<Void> clearCache() {
        return CompletableFuture.runAsync(() -> cache.deleteAccount(account), background);
    }

    private CompletableFuture<SyncResult> fullPass(SyncListener listener) {
        long startedAt = clock.millis();
        // Rows this pass does not write are what Lever no longer lists: found in SQL at the end, not in memory.
        long generation = cache.startGeneration(account);
        AtomicInteger archived = new AtomicInteger();
        FullLoad load = new FullLoad(client, background, PARALLEL_SLICES, ARCHIVED_SLICES, new FullLoad.Events() {
            @Override
            public void reference(PipelineReference reference) {
                // The stages-only announcement is not saved; the full reference is, even with every optional list
                // off.
                if (!reference.users().isEmpty()
                        || !reference.archiveReasons().isEmpty()
                        || !reference.unavailable().isEmpty()) {
                    saveReference(reference);
                }
                listener.reference(reference);
            }

            @Override
            public void active(List<Opportunity> page) {
                save(page);
                listener.changed(page);
            }

            @Override
            public void activeComplete() {
                listener.activeComplete();
            }

            @Override
            public void archived(List<Opportunity> page) {
                save(page);
                listener.archivedProgress(new ArchivedProgress(archived.addAndGet(page.size()), false));
            }
        });
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new CancellationException("The workspace was closed."));
            }
            fullLoad = load;
        }
        return load.run()
                .thenApplyAsync(
                        read -> {
                            // Whatever the cache held that Lever no longer lists was deleted (or hidden) while nobody
                            // was watching.
                            OpportunityCache.Swept gone = cache.sweep(account, generation);
                            if (!gone.activeIds().isEmpty()) {
                                listener.removed(gone.activeIds());
                            }
                            cache.setSyncedAt(account, startedAt);
                            listener.archivedProgress(new ArchivedProgress(cache.archivedCount(account), true));
                            return new SyncResult(true, read, gone.activeIds().size() + gone.archived(), startedAt);
                        },
                        background);
    }

    private CompletableFuture<SyncResult> incremental(long since, boolean withReference, SyncListener listener) {
        long startedAt = clock.millis();
        long from = since - OVERLAP_MILLIS;
        CompletableFuture<PipelineReference> reference = withReference
                ? new ReferenceReader(client, background).read()
                : CompletableFuture.completedFuture(null);
        CompletableFuture<List<Opportunity>> changed = CompletableFuture.supplyAsync(
                () -> client.opportunities(OpportunityQuery.builder()
                                .expand("applications")
                                .updatedAtStart(from)
                                .build())
                        .fetchAll(),
                background);
        CompletableFuture<Set<String>> deleted = CompletableFuture.supplyAsync(
                () -> {
                    Set<String> ids = new HashSet<>();
                    client.deletedOpportunities(from).forEach(o -> ids.add(o.id()));
                    return ids;
                },
                background);
        // The tags alone on a plain sync: a tag deleted in Lever's settings may change no opportunity's updatedAt.
        CompletableFuture<List<Tag>> tags = withReference
                ? reference.thenApply(PipelineReference::tags)
                : CompletableFuture.supplyAsync(this::tagsOrNone, background);
        return CompletableFuture.allOf(reference, changed, deleted, tags)
                .thenApplyAsync(
                        done -> {
                            Set<String> gone = deleted.join();
                            List<Opportunity> kept = new ArrayList<>(changed.join().stream()
                                    .filter(o -> !gone.contains(o.id()))
                                    .toList());
                            List<String> deletedTags = DeletedTags.between(list("tags", Tag.class), tags.join());
                            if (reference.join() == null && !deletedTags.isEmpty()) {
                                cache.putReference(account, "tags", CacheJson.write(tags.join()));
                                loadReference().ifPresent(listener::reference);
                            }
                            if (reference.join() != null) {
                                saveReference(reference.join());
                                listener.reference(reference.join());
                            }
                            save(kept);
                            if (!deletedTags.isEmpty()) {
                                Set<String> fresh = new HashSet<>(gone);
                                kept.forEach(o -> fresh.add(o.id()));
                                List<Opportunity> stripped = DeletedTags.strip(cache, account, deletedTags, fresh);
                                stripArchived(deletedTags);
                                if (!stripped.isEmpty()) {
                                    listener.changed(stripped);
                                }
                                tagsDeleted.accept(deletedTags, stripped);
                            }
                            cache.removeOpportunities(account, gone);
                            cache.setSyncedAt(account, startedAt);
                            if (!kept.isEmpty()) {
                                listener.changed(kept);
                            }
                            if (!gone.isEmpty()) {
                                listener.removed(gone);
                            }
                            return new SyncResult(false, kept.size(), gone.size(), startedAt);
                        },
                        background);
    }

    /**
     * Takes deleted tags off the archived opportunities in the database too, a batch at a time so a tag on a hundred
     * thousand archived cards never sits on the heap at once: each saved batch no longer matches the tag's filter.
     * Archived cards are not on the board, so nobody is told; the board's next archived search reads them as saved.
     */
    private void stripArchived(List<String> tags) {
        for (String tag : tags) {
            OpportunityCache.ArchivedFilter carrying =
                    new OpportunityCache.ArchivedFilter("", null, tag, null, null, null);
            List<Opportunity> batch;
            do {
                batch = cache.findArchived(account, carrying, STRIP_BATCH).json().stream()
                        .map(SyncService::readOpportunity)
                        .filter(o -> o.tags().contains(tag))
                        .map(o -> o.withTags(
                                o.tags().stream().filter(t -> !tags.contains(t)).toList()))
                        .toList();
                save(batch);
            } while (!batch.isEmpty());
        }
    }

    private List<Tag> tagsOrNone() {
        try {
            return client.tags();
        } catch (LeverException e) {
            // Not knowing the tags deletes none; the opportunities still sync.
            return List.of();
        }
    }

    private void save(List<Opportunity> opportunities) {
        List<OpportunityCache.Row> rows = new ArrayList<>(opportunities.size());
        for (Opportunity o : opportunities) {
            try {
                rows.add(new OpportunityCache.Row(
                        o.id(), WRITER.writeValueAsString(o), o.isArchived() ? archivedFields(o) : null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        cache.putOpportunities(account, rows);
    }

    /** What the archived store indexes: the board's search text and filter values. */
    private static OpportunityCache.ArchivedFields archivedFields(Opportunity o) {
        Long at = o.archived().archivedAt() != null
                ? o.archived().archivedAt()
                : o.updatedAt() != null ? o.updatedAt() : o.createdAt();
        return new OpportunityCache.ArchivedFields(
                at == null ? 0 : at,
                BoardQuery.searchText(o),
                o.postingId(),
                o.tags(),
                o.sources(),
                o.origin(),
                o.owner());
    }

    private void saveReference(PipelineReference reference) {
        cache.putReference(account, "stages", CacheJson.write(reference.stages()));
        cache.putReference(account, "users", CacheJson.write(reference.users()));
        cache.putReference(account, "postings", CacheJson.write(reference.postings()));
        cache.putReference(account, "tags", CacheJson.write(reference.tags()));
        cache.putReference(account, "sources", CacheJson.write(reference.sources()));
        cache.putReference(account, "archiveReasons", CacheJson.write(reference.archiveReasons()));
    }

    private Optional<PipelineReference> loadReference() {
        return cache.reference(account, "stages")
                .map(stages -> new PipelineReference(
                        CacheJson.readList(stages, Stage.class),
                        list("users", User.class),
                        list("postings", Posting.class),
                        list("tags", Tag.class),
                        list("sources", Source.class),
                        list("archiveReasons", ArchiveReason.class)));
    }

    private <T> List<T> list(String kind, Class<T> type) {
        return cache.reference(account, kind)
                .map(json -> CacheJson.readList(json, type))
                .orElse(List.of());
    }

    private static Opportunity readOpportunity(String json) {
        try {
            return OPPORTUNITY.readValue(json);
        } catch (IOException e) {
            throw new StoreException(
                    "The local cache holds a damaged opportunity; it will be loaded from Lever" + " again.", e);
        }
    }
}
