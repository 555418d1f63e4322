package io.stageboard.ui.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every card the board has loaded, in one observable list that the columns watch, with a look-up by opportunity id
 * and a bucket per stage. Replacing a card keeps its place, so the columns see one update rather than a reshuffle.
 */
final class BoardCards {

    // The extractor makes the column lists re-filter, re-sort and redraw a card when a move changes it.
    private final ObservableList<CardModel> all = FXCollections.observableArrayList(card -> new Observable[] {
        card.stageIdProperty(), card.lastAdvancedAtProperty(), card.pendingProperty(), card.recentlyChangedProperty()
    });
    private final ObservableList<CardModel> readOnly = FXCollections.unmodifiableObservableList(all);
    private final StageBuckets byStage = new StageBuckets(all);
    private final Map<String, CardModel> byId = new HashMap<>();

    /** The card with this id, or null. */
    CardModel get(String id) {
        return byId.get(id);
    }

    /** The cards now in {@code stageId}, for that stage's column. */
    ObservableList<CardModel> inStage(String stageId) {
        return byStage.of(stageId);
    }

    /** Every card, read-only. */
    ObservableList<CardModel> readOnly() {
        return readOnly;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }

    void clear() {
        byId.clear();
        all.clear();
    }

    /** Replaces every card. */
    void setAll(List<CardModel> cards) {
        byId.clear();
        cards.forEach(c -> byId.put(c.id(), c));
        all.setAll(cards);
    }

    /** Adds cards that are not loaded yet (a page of a load). */
    void addAll(List<CardModel> cards) {
        cards.forEach(c -> byId.put(c.id(), c));
        all.addAll(cards);
    }

    /** Replaces the cards whose ids are loaded, in place, and adds the others. */
    void upsert(List<CardModel> cards) {
        List<CardModel> added = new ArrayList<>();
        Map<CardModel, Integer> positions = null;
        for (CardModel card : cards) {
            CardModel old = byId.put(card.id(), card);
            if (old == null) {
                added.add(card);
                continue;
            }
            if (positions == null) {
                // One pass finds every replaced card's place; indexOf per card would be quadratic at scale.
                positions = new IdentityHashMap<>();
                for (int i = 0; i < all.size(); i++) {
                    positions.put(all.get(i), i);
                }
            }
            Integer at = positions.get(old);
            if (at != null) {
                all.set(at, card);
                positions.put(card, at);
            }
        }
        all.addAll(added);
    }

    /** Removes the cards with these ids, if loaded. */
    void remove(Collection<String> ids) {
        List<CardModel> gone =
                ids.stream().map(byId::remove).filter(c -> c != null).toList();
        if (!gone.isEmpty()) {
            all.removeAll(new HashSet<>(gone));
        }
    }

    /** A copy of every card, for rebuilding them all (e.g. when user or posting names changed). */
    List<CardModel> snapshot() {
        return List.copyOf(all);
    }
}
