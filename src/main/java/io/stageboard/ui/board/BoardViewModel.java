package io.stageboard.ui.board;

import io.stageboard.api.LeverAuthenticationException;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Stage;
import io.stageboard.service.sync.PipelineReference;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.service.moves.StageMove;
import io.stageboard.service.moves.StageMoveService;
import io.stageboard.service.sync.SyncService;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;

/**
 * The pipeline board: stage columns of opportunity cards, loaded page by page from Lever, filtered, and moved
 * optimistically between stages with rollback and undo.
 */
public final class BoardViewModel {

    private final CardMoves moves;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final Clock clock;
    private final BoardFilters filters = new BoardFilters();
    private final BoardChoices choices = new BoardChoices();

    private final BoardCards cards = new BoardCards();
    private final ObservableList<ColumnModel> columns = FXCollections.observableArrayList();
    // One read-only view, kept: the wrapper listens weakly to the list, so a fresh one per call would lose listeners.
    private final ObservableList<ColumnModel> readOnlyColumns = FXCollections.unmodifiableObservableList(columns);
    private final ObjectProperty<Predicate<CardModel>> localFilter = new SimpleObjectProperty<>(card -> true);
    private final ReadOnlyObjectWrapper<LoadStatus> status = new ReadOnlyObjectWrapper<>(this, "status", LoadStatus.LOADING);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyBooleanWrapper keyRejected = new ReadOnlyBooleanWrapper(this, "keyRejected");

    private PipelineReference reference;
    private BoardSync sync;
    private final BoardLoader loader;

    /**
     * @param pipeline loads reference data and opportunities in the background
     * @param mover    sends stage moves to Lever
     * @param ui       where results are applied (the FX thread in the app)
     * @param notifier tells the user what happened
     * @param clock    for the time a candidate has spent in a stage
     */
    public BoardViewModel(PipelineService pipeline, StageMoveService mover, UiExecutor ui, Notifier notifier, Clock clock) {
        this.loader = new BoardLoader(this, pipeline, ui);
        this.moves = new CardMoves(mover, ui, notifier, this::stageName, this::noticeRejectedKey);
        this.ui = ui;
        this.notifier = notifier;
        this.clock = clock;
        filters.serverSide().forEach(f -> f.addListener(o -> reload()));
        filters.local().forEach(f -> f.addListener(o -> localFilter.set(buildLocalFilter())));
    }

    /**
     * Switches the board to cache-first mode: {@link #load()} shows the local cache at once and then syncs, and every
     * filter runs on the loaded cards. Call once, before {@link #load()}.
     */
    public void useSync(SyncService service) {
        sync = new BoardSync(this, service, ui, clock);
    }

    /** Asks Lever for what changed since the last sync (the background refresh); only in cache-first mode. */
    public void syncNow() {
        if (sync != null) {
            sync.syncNow(false);
            sync.updateFreshness();
        }
    }

    /** How fresh the cached board is, e.g. "Updated 3 min ago"; empty outside cache-first mode. */
    public ReadOnlyStringProperty freshnessProperty() {
        return sync == null ? new ReadOnlyStringWrapper("").getReadOnlyProperty()
                : sync.freshness().getReadOnlyProperty();
    }

    /** Loads reference data (once) and then the opportunities under the current filters. */
    public void load() {
        if (sync != null) {
            sync.start();
            return;
        }
        loader.load();
    }

    /** Loads everything again from Lever, reference data included (F5). */
    public void refresh() {
        if (sync != null) {
            sync.syncNow(true);
            return;
        }
        reference = null;
        load();
    }

    private void reload() {
        if (sync != null) {
            refreshLocalFilter();
        } else if (reference != null) {
            load();
        }
    }

    // ---- used by BoardLoader: the board's state while loading straight from Lever ----

    void clearForLoad() {
        cards.clear();
        markLoading("Loading the pipeline from Lever…");
    }

    void showColumns(PipelineReference loaded) {
        reference = loaded;
        choices.update(loaded);
        columns.setAll(loaded.stages().stream()
                .map(stage -> new ColumnModel(stage, cards.inStage(stage.id()), localFilter)).toList());
    }

    void addLoadedCards(List<CardModel> arrived) {
        cards.addAll(arrived);
    }

    // ---- used by BoardSync: the board's state changed from the cache and syncs ----

    void showReference(PipelineReference loaded) {
        PipelineReference old = reference;
        reference = loaded;
        if (!BoardSync.sameStages(old, loaded)) {
            columns.setAll(loaded.stages().stream()
                    .map(stage -> new ColumnModel(stage, cards.inStage(stage.id()), localFilter)).toList());
        }
        // A first load sends the stages alone first; the menus wait for the rest, and stay as they are when the
        // lists did not change (replacing a menu's items loses its selection).
        boolean partial = loaded.users().isEmpty() && loaded.postings().isEmpty() && loaded.tags().isEmpty();
        boolean sameLists = old != null && old.users().equals(loaded.users())
                && old.postings().equals(loaded.postings()) && old.tags().equals(loaded.tags())
                && old.sources().equals(loaded.sources());
        if (!partial && !sameLists) {
            choices.update(loaded);
        }
        if (old != null && !cards.isEmpty() && !(old.usersById().equals(loaded.usersById())
                && old.postingsById().equals(loaded.postingsById()))) {
            Map<String, String> users = loaded.usersById();
            Map<String, String> postings = loaded.postingsById();
            setCards(cards.snapshot().stream().map(c -> c.renamed(postings, users)).toList());
        }
    }

    void setCards(List<CardModel> replacement) {
        cards.setAll(replacement);
    }

    void upsertCards(List<CardModel> changed) {
        cards.upsert(changed);
    }

    void removeCards(Collection<String> ids) {
        cards.remove(ids);
    }

    void refreshLocalFilter() {
        localFilter.set(buildLocalFilter());
    }

    void markLoading(String message) {
        statusMessage.set(message);
        status.set(LoadStatus.LOADING);
    }

    void markLoaded() {
        statusMessage.set(cards.isEmpty() ? "No opportunities match these filters." : "");
        status.set(cards.isEmpty() ? LoadStatus.EMPTY : LoadStatus.LOADED);
    }

    void noticeFailure(Throwable cause) {
        noticeRejectedKey(cause);
    }

    void fail(Throwable error) {
        Throwable cause = Failures.unwrap(error);
        if (cause instanceof CancellationException) {
            return;
        }
        noticeRejectedKey(cause);
        // The message first: whoever watches the status (the smoke test, the overlay) reads it on the change.
        statusMessage.set("Could not load the pipeline: " + Failures.describe(cause) + " Press F5 to try again.");
        status.set(LoadStatus.ERROR);
    }

    private void noticeRejectedKey(Throwable cause) {
        if (cause instanceof LeverAuthenticationException) {
            keyRejected.set(true);
        }
    }

    private Predicate<CardModel> buildLocalFilter() {
        return sync != null ? sync.predicate(filters.toBoardQuery()) : filters.localPredicate();
    }

    /**
     * Moves the given cards to {@code targetStageId}: each card moves at once, marked pending, and returns to where
     * it was if Lever refuses. A failure of one card does not undo the others.
     */
    public void move(Collection<String> cardIds, String targetStageId) {
        Optional<Stage> target = reference == null ? Optional.empty() : reference.stage(targetStageId);
        if (target.isEmpty()) {
            return;
        }
        List<StageMove> moves = cardIds.stream()
                .map(cards::get)
                .filter(card -> card != null && !card.isPending() && !targetStageId.equals(card.getStageId()))
                .map(card -> new StageMove(card.id(), card.name(), card.getStageId(), targetStageId, target.get().text()))
                .toList();
        this.moves.run(moves, cards::get);
    }

    /** Moves the selected cards one stage further along the pipeline. */
    public void moveToNextStage(Collection<String> cardIds) {
        moveByOffset(cardIds, 1);
    }

    /** Moves the selected cards one stage back in the pipeline. */
    public void moveToPreviousStage(Collection<String> cardIds) {
        moveByOffset(cardIds, -1);
    }

    private void moveByOffset(Collection<String> cardIds, int offset) {
        // Cards of one selection sit in one column, so the first card decides the target.
        cardIds.stream().map(cards::get).filter(c -> c != null).findFirst().ifPresent(first -> {
            int index = stageIndex(first.getStageId()) + offset;
            if (index >= 0 && index < columns.size()) {
                move(cardIds, columns.get(index).stageId());
            }
        });
    }

    private int stageIndex(String stageId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).stageId().equals(stageId)) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the cards of the last move back, on Lever too (Ctrl+Z). */
    public void undo() {
        moves.undo(cards::get);
    }

    /** The name of a stage of this account, or its id when unknown. */
    public String stageName(String stageId) {
        return reference == null ? stageId : reference.stage(stageId).map(Stage::text).orElse(stageId);
    }

    /**
     * Takes Lever's answer after a change made elsewhere (detail pane: tags, archived state) as the card's new truth.
     * An archived opportunity leaves the board unless archived ones are shown.
     */
    public void applyUpdate(Opportunity updated) {
        CardModel old = cards.get(updated.id());
        if (old == null || reference == null) {
            return;
        }
        if (sync != null) {
            // The index decides what shows, archived included; the card keeps the posting the board knew.
            int slot = sync.applyUpdate(updated, old.postingId());
            String title = updated.postingId() != null ? reference.postingTitle(updated.postingId()) : old.postingTitle();
            CardModel card = new CardModel(updated, title, reference.userName(updated.owner()));
            card.setIndexSlot(slot);
            upsertCards(List.of(card));
            return;
        }
        // A single read has no applications, so the posting the board already knew is kept.
        String posting = updated.postingId() != null ? reference.postingTitle(updated.postingId()) : old.postingTitle();
        if (updated.isArchived() && !filters.showArchivedProperty().get()) {
            cards.remove(List.of(updated.id()));
            return;
        }
        cards.upsert(List.of(new CardModel(updated, posting, reference.userName(updated.owner()))));
    }

    /** The card with this id, if it is loaded. */
    public Optional<CardModel> card(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    /** The column for this stage, if the account has it. */
    public Optional<ColumnModel> column(String stageId) {
        return columns.stream().filter(c -> c.stageId().equals(stageId)).findFirst();
    }

    public ObservableList<ColumnModel> columns() {
        return readOnlyColumns;
    }

    public BoardFilters filters() {
        return filters;
    }

    /** The values the filter menus offer, from the account's reference data. */
    public BoardChoices choices() {
        return choices;
    }

    public Clock clock() {
        return clock;
    }

    public LoadStatus getStatus() {
        return status.get();
    }

    public ReadOnlyObjectProperty<LoadStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** How many moves are waiting for Lever's answer, for the status bar. */
    public ReadOnlyIntegerProperty movesInFlightProperty() {
        return moves.inFlightProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return moves.canUndoProperty();
    }

    /** Turns true when Lever answers 401 to a load or a move: the key was revoked or replaced. */
    public ReadOnlyBooleanProperty keyRejectedProperty() {
        return keyRejected.getReadOnlyProperty();
    }

    /** Every loaded card, before local filters, for the opportunities table; read-only. */
    public ObservableList<CardModel> allCards() {
        return cards.readOnly();
    }

    /** The cards that pass every filter, column by column: "select all matching the filters". */
    public List<CardModel> matchingCards() {
        return columns.stream().flatMap(c -> c.cards().stream()).toList();
    }

    /** The account's reference data, once loaded. */
    public Optional<PipelineReference> reference() {
        return Optional.ofNullable(reference);
    }

    /** The total number of loaded cards, before local filters. */
    public int loadedCount() {
        return cards.size();
    }
}
