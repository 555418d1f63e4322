package io.stageboard.ui.board;

import io.stageboard.api.Opportunity;
import io.stageboard.api.Stage;
import io.stageboard.service.failures.ConnectionState;
import io.stageboard.service.sync.ArchivedMatches;
import io.stageboard.service.sync.ArchivedProgress;
import io.stageboard.service.sync.BoardIndex;
import io.stageboard.service.sync.BoardQuery;
import io.stageboard.service.sync.CachedPipeline;
import io.stageboard.service.sync.PipelineReference;
import io.stageboard.service.sync.SyncListener;
import io.stageboard.service.sync.SyncResult;
import io.stageboard.service.sync.SyncService;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The board's cache-first mode: the board shows the local cache at once, then syncs with Lever and applies what
 * changed; every filter, not only the search, runs on an in-memory {@link BoardIndex}. The board and the index hold
 * the active opportunities; with "Show archived" on, the newest archived matches of the filters are read from the
 * cache's database (debounced, off the FX thread) and shown with them. Runs on the UI executor.
 */
final class BoardSync {

    /** How long a card a sync changed stays highlighted. */
    static final Duration HIGHLIGHT = Duration.ofSeconds(2);
    /**
     * At most this many archived cards are on the board at once, the newest matches of the filters: reading and
     * parsing them is most of an archived search's time (about 0.1 ms each on two busy cores).
     */
    static final int ARCHIVED_LIMIT = 500;
    /** How long the filters must rest before archived matches are asked for again. */
    static final Duration ARCHIVED_DEBOUNCE = Duration.ofMillis(200);

    private final BoardViewModel board;
    private final SyncService sync;
    private final UiExecutor ui;
    private final Clock clock;
    private final BoardIndex index = new BoardIndex();
    private final ReadOnlyStringWrapper freshness = new ReadOnlyStringWrapper(this, "freshness", "");
    private final ReadOnlyStringWrapper connection =
            new ReadOnlyStringWrapper(this, "connection", "Connecting to Lever…");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper archivedStatus = new ReadOnlyStringWrapper(this, "archivedStatus", "");
    private Set<String> archivedShown = Set.of();
    private long archivedAsks;
    private ArchivedProgress archivedProgress;
    private ArchivedMatches archivedMatches;
    private boolean activeDone;
    private boolean archivedAskPending;
    private Duration retryInterval = Duration.ofSeconds(60);
    private long syncedAt = -1;
    private boolean syncing;
    private boolean again;
    private boolean againWithReference;
    private boolean firstLoadDone;
    private String lastFailure;

    BoardSync(BoardViewModel board, SyncService sync, UiExecutor ui, Clock clock) {
        this.board = board;
        this.sync = sync;
        this.ui = ui;
        this.clock = clock;
    }

    ReadOnlyStringWrapper freshness() {
        return freshness;
    }

    /** The status bar's connection state, from the last sync: "Connected", "Offline · next try at 10:42:15"… */
    ReadOnlyStringWrapper connection() {
        return connection;
    }

    /** The last sync's failure as a sentence with what to do; empty after a sync that succeeded. */
    ReadOnlyStringWrapper failure() {
        return failure;
    }

    /**
     * What "Show archived" shows, as a sentence: how far loading the archived opportunities got ("Archived: 12,300
     * loaded so far…", "All 480,112 archived loaded") and, when the matches are more than the board shows, "Showing
     * 500 of 480,112 archived — search to narrow". Empty while "Show archived" is off.
     */
    ReadOnlyStringWrapper archivedStatus() {
        return archivedStatus;
    }

    /** How often the window asks Lever again (its background refresh): the "next try" of a failed sync. */
    void retryInterval(Duration interval) {
        retryInterval = interval;
    }

    /** Shows the cache, then syncs. */
    void start() {
        // The index decides from the start, so cards a first load brings are filtered like cached ones.
        board.refreshLocalFilter();
        BoardFilters filters = board.filters();
        filters.showArchivedProperty().addListener(o -> archivedFiltersChanged(true));
        filters.all().stream()
                .filter(f -> f != filters.showArchivedProperty())
                .forEach(f -> f.addListener(o -> archivedFiltersChanged(false)));
        sync.loadCached()
                .whenCompleteAsync(
                        (cached, error) -> {
                            if (error == null && cached.isPresent()) {
                                show(cached.get());
                                sync.archivedProgress().thenAcceptAsync(this::archivedProgress, ui);
                            }
                            syncNow(false);
                        },
                        ui);
    }

    private void show(CachedPipeline cached) {
        board.showReference(cached.reference());
        index.clear();
        index.putAll(cached.opportunities());
        board.setCards(cards(cached.opportunities()));
        board.refreshLocalFilter();
        firstLoadDone = cached.syncedAt().isPresent();
        syncedAt = cached.syncedAt().orElse(-1);
        board.markLoaded();
        updateFreshness();
    }

    /**
     * Asks Lever for what changed. While a sync is running, one more runs after it, so a change just written (a
     * rename in the tag library) is not left to the next minute's refresh.
     */
    void syncNow(boolean withReference) {
        if (syncing) {
            again = true;
            againWithReference |= withReference;
            return;
        }
        syncing = true;
        boolean highlight = firstLoadDone;
        if (board.loadedCount() == 0) {
            board.markLoading("Loading the pipeline from Lever…");
        }
        updateFreshness();
        sync.sync(withReference, new SyncListener() {
                    @Override
                    public void reference(PipelineReference reference) {
                        ui.execute(() -> board.showReference(reference));
                    }

                    @Override
                    public void changed(List<Opportunity> opportunities) {
                        ui.execute(() -> applyChanged(opportunities, highlight));
                    }

                    @Override
                    public void removed(Collection<String> ids) {
                        ui.execute(() -> {
                            index.removeAll(ids);
                            board.removeCards(ids);
                        });
                    }

                    @Override
                    public void activeComplete() {
                        ui.execute(() -> {
                            // Every active card is on the board: it is complete, while archived ones load behind.
                            activeDone = true;
                            board.markLoaded();
                        });
                    }

                    @Override
                    public void archivedProgress(ArchivedProgress progress) {
                        ui.execute(() -> BoardSync.this.archivedProgress(progress));
                    }
                })
                .whenCompleteAsync(this::finished, ui);
    }

    private void finished(SyncResult result, Throwable error) {
        syncing = false;
        boolean runAgain = again && error == null;
        boolean withReference = againWithReference;
        again = false;
        againWithReference = false;
        if (error == null) {
            syncedAt = result.syncedAt();
            firstLoadDone = true;
            lastFailure = null;
            connection.set(ConnectionState.CONNECTED.label());
            failure.set("");
            board.markLoaded();
        } else {
            Throwable cause = Failures.unwrap(error);
            if (cause instanceof CancellationException) {
                return;
            }
            lastFailure = Failures.describe(cause);
            failure.set(lastFailure);
            connection.set(ConnectionState.of(cause)
                    .describeAt(
                            cause,
                            LocalTime.now(clock.withZone(ZoneId.systemDefault()))
                                    .plus(retryInterval)));
            if (board.loadedCount() == 0 && syncedAt < 0) {
                board.fail(error);
            } else {
                board.noticeFailure(cause);
            }
        }
        updateFreshness();
        if (runAgain) {
            syncNow(withReference);
        }
    }

    /**
     * Applies opportunities new or changed in Lever; {@code highlight} marks them for a moment. One just archived
     * leaves the board (the heap holds active ones); with "Show archived" on, the archived matches are read again.
     */
    void applyChanged(List<Opportunity> changed, boolean highlight) {
        List<String> archived = changed.stream()
                .filter(Opportunity::isArchived)
                .map(Opportunity::id)
                .toList();
        if (!archived.isEmpty()) {
            index.removeAll(archived);
            board.removeCards(archived);
            archivedFiltersChanged(false);
        }
        List<Opportunity> opportunities =
                changed.stream().filter(o -> !o.isArchived()).toList();
        index.putAll(opportunities);
        List<CardModel> cards = cards(opportunities);
        if (highlight) {
            cards.forEach(c -> c.setRecentlyChanged(true));
            CompletableFuture.delayedExecutor(HIGHLIGHT.toMillis(), TimeUnit.MILLISECONDS, ui)
                    .execute(() -> cards.forEach(c -> c.setRecentlyChanged(false)));
        }
        board.upsertCards(cards);
        if (!firstLoadDone && !activeDone) {
            board.markLoading("Loading the pipeline from Lever… " + board.loadedCount() + " so far.");
        }
    }

    /** Takes a card's new state after a change made in this window (the detail pane's answer from Lever). */
    int applyUpdate(Opportunity updated, String knownPostingId) {
        index.put(updated, updated.postingId() != null ? updated.postingId() : knownPostingId);
        return index.slotOf(updated.id());
    }

    private void archivedProgress(ArchivedProgress progress) {
        archivedProgress = progress;
        updateArchivedStatus();
        // Cards loaded in the background are shown without the user touching the filters, a page at a time at most.
        if (board.filters().showArchivedProperty().get()
                && !archivedAskPending
                && (progress.complete() || archivedMatches == null || archivedMatches.total() < ARCHIVED_LIMIT)) {
            archivedFiltersChanged(false);
        }
    }

    /**
     * The filters changed: with "Show archived" on, the archived matches are asked for again once the filters rest
     * ({@code now}: at once, for the switch itself); the answer to an earlier question is dropped.
     */
    private void archivedFiltersChanged(boolean now) {
        long ask = ++archivedAsks;
        if (!board.filters().showArchivedProperty().get()) {
            showArchived(new ArchivedMatches(List.of(), 0));
            archivedMatches = null;
            updateArchivedStatus();
            return;
        }
        archivedAskPending = true;
        if (now) {
            askArchived(ask);
        } else {
            CompletableFuture.delayedExecutor(ARCHIVED_DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS, ui)
                    .execute(() -> askArchived(ask));
        }
    }

    private void askArchived(long ask) {
        if (ask != archivedAsks) {
            return;
        }
        sync.archived(board.filters().toBoardQuery(), ARCHIVED_LIMIT)
                .whenCompleteAsync(
                        (matches, error) -> {
                            if (ask != archivedAsks
                                    || !board.filters().showArchivedProperty().get()) {
                                return;
                            }
                            if (error != null) {
                                archivedStatus.set("Archived opportunities could not be read from the local cache: "
                                        + Failures.describe(Failures.unwrap(error)));
                                return;
                            }
                            archivedMatches = matches;
                            showArchived(matches);
                            updateArchivedStatus();
                        },
                        ui);
    }

    /** Replaces the archived cards on the board with {@code matches}. */
    private void showArchived(ArchivedMatches matches) {
        Set<String> next = new HashSet<>();
        matches.opportunities().forEach(o -> next.add(o.id()));
        List<String> leaving =
                archivedShown.stream().filter(id -> !next.contains(id)).toList();
        if (leaving.isEmpty() && next.isEmpty()) {
            return;
        }
        index.removeAll(leaving);
        board.removeCards(leaving);
        index.putAll(matches.opportunities());
        board.upsertCards(cards(matches.opportunities()));
        archivedShown = next;
        board.refreshLocalFilter();
    }

    private void updateArchivedStatus() {
        if (!board.filters().showArchivedProperty().get()) {
            archivedStatus.set("");
            return;
        }
        List<String> parts = new ArrayList<>();
        if (archivedProgress != null) {
            parts.add(
                    archivedProgress.complete()
                            ? "All " + number(archivedProgress.loaded()) + " archived loaded"
                            : "Archived: " + number(archivedProgress.loaded()) + " loaded so far…");
        }
        if (archivedMatches != null
                && archivedMatches.total() > archivedMatches.opportunities().size()) {
            parts.add("Showing " + number(archivedMatches.opportunities().size()) + " of "
                    + number(archivedMatches.total()) + " archived — search to narrow");
        }
        archivedStatus.set(String.join(" · ", parts));
    }

    private static String number(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /**
     * The board's filters and search as one test of index slots (a card's {@link CardModel#indexSlot()}), which
     * stays right as the index changes; the columns walk their stage's slots in order with it.
     */
    IntPredicate predicate(BoardQuery query) {
        return index.match(query)::contains;
    }

    /** Rewrites "Updated 3 min ago" from the clock; the window calls it on its refresh tick. */
    void updateFreshness() {
        if (syncing && syncedAt < 0) {
            freshness.set("Loading from Lever…");
            return;
        }
        String age = syncedAt < 0 ? "" : ago(clock.millis() - syncedAt);
        if (lastFailure != null) {
            // Only a sync that succeeded says "Updated"; the connection state beside it (and its tooltip, the whole
            // sentence) says what went wrong.
            freshness.set((syncedAt < 0 ? "Not updated" : "Updated " + age) + " · the last update failed");
        } else if (syncing) {
            freshness.set("Updating…" + (syncedAt < 0 ? "" : " (updated " + age + ")"));
        } else {
            freshness.set(syncedAt < 0 ? "" : "Updated " + age);
        }
    }

    private static String ago(long millis) {
        long minutes = Math.max(0, millis) / 60_000;
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + " h ago" : hours / 24 + " days ago";
    }

    private List<CardModel> cards(List<Opportunity> opportunities) {
        Optional<PipelineReference> reference = board.reference();
        Map<String, String> users = reference.map(PipelineReference::usersById).orElse(Map.of());
        Map<String, String> postings =
                reference.map(PipelineReference::postingsById).orElse(Map.of());
        String unknownOwner = reference.map(PipelineReference::missingUserName).orElse("");
        List<CardModel> cards = new ArrayList<>(opportunities.size());
        for (Opportunity o : opportunities) {
            CardModel card = new CardModel(
                    o,
                    postings.getOrDefault(o.postingId(), ""),
                    o.owner() == null ? "" : users.getOrDefault(o.owner(), unknownOwner));
            card.setIndexSlot(index.slotOf(o.id()));
            cards.add(card);
        }
        return cards;
    }

    /** True when two references have the same stages in the same order, so the columns can stay. */
    static boolean sameStages(PipelineReference a, PipelineReference b) {
        return a != null
                && b != null
                && a.stages().stream()
                        .map(Stage::id)
                        .toList()
                        .equals(b.stages().stream().map(Stage::id).toList());
    }
}
