package io.stageboard.ui.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every card the board has loaded: one observable list of them all (for the opportunities table), a look-up by
 * opportunity id, and the stage columns' slices ({@link StageSlices}). Replacing a card keeps its place, so the
 * columns see one update rather than a reshuffle.
 */
final class BoardCards {

    /** Above this many cards at once, the columns are refilled whole rather than edited card by card. */
    private static final int ONE_BY_ONE_UP_TO = 64;

    private final AllCards all = new AllCards();
    private final ObservableList<CardModel> readOnly = FXCollections.unmodifiableObservableList(all);
    private final StageSlices slices = new StageSlices();
    private final Map<String, CardModel> byId = new HashMap<>();
    // Told by each card when a move or a pending mark changes it: its column and its table row follow.
    private final CardModel.Watcher watcher = card -> {
        slices.changed(card);
        all.updated(card);
    };

    /** The card with this id, or null. */
    CardModel get(String id) {
        return byId.get(id);
    }

    /** True when a column shows the card with this id now. */
    boolean isShown(String id) {
        CardModel card = byId.get(id);
        return card != null && slices.isShown(card);
    }

    /** Every card, read-only. */
    ObservableList<CardModel> readOnly() {
        return readOnly;
    }

    /** The columns the board shows; each gets its slice at once. */
    void columns(List<ColumnModel> columns) {
        slices.columns(columns);
    }

    /** Which index slots pass the filters now; each column gets its new slice. */
    void filter(IntPredicate passes) {
        slices.filter(passes);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }

    /** Replaces every card. */
    void setAll(List<CardModel> cards) {
        byId.values().forEach(c -> c.watch(null));
        byId.clear();
        for (CardModel card : cards) {
            CardModel twin = byId.put(card.id(), card);
            if (twin != null) {
                twin.watch(null);
            }
            card.watch(watcher);
        }
        all.setAll(cards);
        slices.setAll(cards);
    }

    /** Replaces the cards whose ids are loaded, in place, and adds the others. */
    void upsert(List<CardModel> cards) {
        List<CardModel> added = new ArrayList<>();
        List<CardModel> replaced = new ArrayList<>();
        List<CardModel> gone = new ArrayList<>();
        for (CardModel card : cards) {
            card.watch(watcher);
            CardModel old = byId.put(card.id(), card);
            if (old != null) {
                old.watch(null);
            }
            if (old == null) {
                added.add(card);
            } else {
                gone.add(old);
                replaced.add(card);
            }
        }
        replaceInPlace(gone, replaced);
        all.addAll(added);
        if (cards.size() > ONE_BY_ONE_UP_TO) {
            slices.updateAll(gone, cards);
        } else {
            for (int i = 0; i < gone.size(); i++) {
                slices.update(gone.get(i), replaced.get(i));
            }
            added.forEach(card -> slices.update(null, card));
        }
    }

    private void replaceInPlace(List<CardModel> gone, List<CardModel> replaced) {
        for (int i = 0; i < gone.size(); i++) {
            all.replace(gone.get(i), replaced.get(i));
        }
    }

    /** Removes the cards with these ids, if loaded. */
    void remove(Collection<String> ids) {
        List<CardModel> gone =
                ids.stream().map(byId::remove).filter(c -> c != null).toList();
        if (gone.isEmpty()) {
            return;
        }
        gone.forEach(c -> c.watch(null));
        Set<CardModel> leaving = Collections.newSetFromMap(new IdentityHashMap<>());
        leaving.addAll(gone);
        all.removeAll(leaving);
        if (gone.size() > ONE_BY_ONE_UP_TO) {
            slices.updateAll(gone, List.of());
        } else {
            gone.forEach(card -> slices.update(card, null));
        }
    }

    /** A copy of every card, for rebuilding them all (e.g. when user or posting names changed). */
    List<CardModel> snapshot() {
        return List.copyOf(all);
    }

    /** For tests: each stage's cards in column order, whether the filters pass them or not. */
    Map<String, List<CardModel>> filedByStage() {
        return slices.filed();
    }
}
