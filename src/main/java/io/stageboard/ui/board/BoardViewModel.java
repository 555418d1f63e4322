package io.stageboard.ui.board;

import io.stageboard.api.LeverAuthenticationException;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Stage;
import io.stageboard.service.moves.StageMove;
import io.stageboard.service.moves.StageMoveService;
import io.stageboard.service.sync.PipelineReference;
import io.stageboard.service.sync.SyncService;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pipeline board: stage columns of opportunity cards from the local cache, kept in step with Lever by syncs,
 * filtered on an in-memory index, moved optimistically between stages with rollback and undo, and a selection of
 * cards by opportunity id.
 *
 * <p>Longer than the house's 350 lines on purpose: it is the board's one public face (properties, selection and move commands, each a few documented lines); the work sits in {@link BoardSync}, {@link BoardCards}, {@link BoardSelection} and {@link CardMoves}.
 */
public final class BoardViewModel {

    private static final String HIDDEN_BY_FILTERS = "hidden by the filters";

    private final CardMoves moves;
    private final Clock clock;
    private final BoardFilters filters = new BoardFilters();
    private final BoardChoices choices = new BoardChoices();
    private final BoardCards cards = new BoardCards();
    private final ObservableList<ColumnModel> columns = FXCollections.observableArrayList();
    // One read-only view, kept: the wrapper listens weakly to the list, so a fresh one per call would lose listeners.
    private final ObservableList<ColumnModel> readOnlyColumns = FXCollections.unmodifiableObservableList(columns);
    private final BoardSelection selection = new BoardSelection(readOnlyColumns, cards::isShown);
    private final ReadOnlyObjectWrapper<LoadStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", LoadStatus.LOADING);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyBooleanWrapper keyRejected = new ReadOnlyBooleanWrapper(this, "keyRejected");
    private final BoardSync sync;
    private PipelineReference reference;

    /**
     * @param sync     the account's cache and its syncs with Lever: where the board's cards come from
     * @param mover    sends stage moves to Lever
     * @param ui       where results are applied (the FX thread in the app)
     * @param notifier tells the user what happened
     * @param clock    for the time a candidate has spent in a stage and the cache's freshness
     */
    public BoardViewModel(SyncService sync, StageMoveService mover, UiExecutor ui, Notifier notifier, Clock clock) {
        this.sync = new BoardSync(this, sync, ui, clock);
        this.moves = new CardMoves(mover, ui, notifier, this::stageName, this::noticeRejectedKey);
        this.clock = clock;
        filters.all().forEach(f -> f.addListener(o -> refreshLocalFilter()));
    }

    /** Shows the cached board at once, then asks Lever for what changed. */
    public void load() {
        sync.start();
    }

    /** Asks Lever for what changed since the last sync (the background refresh); filters and selection stay. */
    public void syncNow() {
        sync.syncNow(false);
        sync.updateFreshness();
    }

    /** Asks Lever for what changed and reloads stages, users, postings and tags (F5); filters and selection stay. */
    public void refresh() {
        sync.syncNow(true);
    }

    /** The connection to Lever as the last sync left it: "Connected", "Offline · next try at 10:42:15"… */
    public ReadOnlyStringProperty connectionProperty() {
        return sync.connection().getReadOnlyProperty();
    }

    /** Why the last sync failed, with what to do; empty after one that succeeded. */
    public ReadOnlyStringProperty syncFailureProperty() {
        return sync.failure().getReadOnlyProperty();
    }

    /** How often the window asks Lever again: a failed sync's "next try". */
    public void setRetryInterval(Duration interval) {
        sync.retryInterval(interval);
    }

    /** How fresh the cached board is, e.g. "Updated 3 min ago". */
    public ReadOnlyStringProperty freshnessProperty() {
        return sync.freshness().getReadOnlyProperty();
    }

    /**
     * What "Show archived" shows: how far loading archived opportunities got, and when there are more matches than
     * cards, "Showing 500 of 480,112 archived — search to narrow". Empty while "Show archived" is off.
     */
    public ReadOnlyStringProperty archivedStatusProperty() {
        return sync.archivedStatus().getReadOnlyProperty();
    }

    // ---- used by BoardSync: the board's state changed from the cache and syncs ----

    void showReference(PipelineReference loaded) {
        PipelineReference old = reference;
        reference = loaded;
        if (!BoardSync.sameStages(old, loaded)) {
            columns.setAll(loaded.stages().stream().map(ColumnModel::new).toList());
            cards.columns(columns);
        }
        // A first load sends the stages alone first; the menus wait for the rest, and stay as they are when the
        // lists did not change.
        boolean partial = loaded.users().isEmpty()
                && loaded.postings().isEmpty()
                && loaded.tags().isEmpty()
                && loaded.unavailable().isEmpty();
        boolean sameLists = old != null
                && old.users().equals(loaded.users())
                && old.postings().equals(loaded.postings())
                && old.tags().equals(loaded.tags())
                && old.sources().equals(loaded.sources())
                && old.unavailable().equals(loaded.unavailable());
        if (!partial && !sameLists) {
            choices.update(loaded);
        }
        if (old != null
                && !cards.isEmpty()
                && !(old.usersById().equals(loaded.usersById())
                        && old.postingsById().equals(loaded.postingsById())
                        && old.missingUserName().equals(loaded.missingUserName()))) {
            Map<String, String> users = loaded.usersById();
            Map<String, String> postings = loaded.postingsById();
            String unknown = loaded.missingUserName();
            setCards(cards.snapshot().stream()
                    .map(c -> c.renamed(postings, users, unknown))
                    .toList());
        }
    }

    void setCards(List<CardModel> replacement) {
        cards.setAll(replacement);
        selection.keepOnlyShown(HIDDEN_BY_FILTERS);
    }

    void upsertCards(List<CardModel> changed) {
        cards.upsert(changed);
        selection.keepOnlyShown(HIDDEN_BY_FILTERS);
    }

    void removeCards(Collection<String> ids) {
        cards.remove(ids);
        selection.keepOnlyShown("removed in Lever");
    }

    void refreshLocalFilter() {
        cards.filter(sync.predicate(filters.toBoardQuery()));
        selection.keepOnlyShown(HIDDEN_BY_FILTERS);
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
                .map(card -> new StageMove(
                        card.id(),
                        card.name(),
                        card.getStageId(),
                        targetStageId,
                        target.get().text()))
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
        // Each card goes one stage on from its own; a card already in the first or last stage stays.
        List<StageMove> moves = cardIds.stream()
                .map(cards::get)
                .filter(card -> card != null && !card.isPending())
                .flatMap(card -> {
                    int from = stageIndex(card.getStageId());
                    if (from < 0 || from + offset < 0 || from + offset >= columns.size()) {
                        return Stream.empty();
                    }
                    ColumnModel to = columns.get(from + offset);
                    return Stream.of(
                            new StageMove(card.id(), card.name(), card.getStageId(), to.stageId(), to.stageName()));
                })
                .toList();
        this.moves.run(moves, cards::get);
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
        return reference == null
                ? stageId
                : reference.stage(stageId).map(Stage::text).orElse(stageId);
    }

    /**
     * Takes Lever's answer after a change made elsewhere (detail pane, bulk job) as the card's new truth, at once.
     * The index decides whether it still shows (an archived one leaves unless archived ones are shown).
     */
    public void applyUpdate(Opportunity updated) {
        CardModel old = cards.get(updated.id());
        if (old == null || reference == null) {
            return;
        }
        // A single read has no applications, so the card keeps the posting the board knew.
        int slot = sync.applyUpdate(updated, old.postingId());
        String title = updated.postingId() != null ? reference.postingTitle(updated.postingId()) : old.postingTitle();
        CardModel card = new CardModel(updated, title, reference.userName(updated.owner()));
        card.setIndexSlot(slot);
        upsertCards(List.of(card));
    }

    /** The selected cards, by opportunity id. */
    public BoardSelection selection() {
        return selection;
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

    /** The account's reference data, once loaded. */
    public Optional<PipelineReference> reference() {
        return Optional.ofNullable(reference);
    }

    /** The total number of loaded cards, before local filters. */
    public int loadedCount() {
        return cards.size();
    }
}
