package io.stageboard.ui.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The board's cards split by stage, kept in step with the list of all cards: added, removed, replaced and moved
 * cards land in their stage's list. Each column filters only its own stage's cards, so a filter change looks at
 * every card once rather than once per column (at tens of thousands of cards that is the difference between a
 * frame and several).
 */
final class StageBuckets {

    /** Above this many removals at once the buckets are rebuilt rather than searched. */
    private static final int REBUILD_ABOVE = 256;

    private final ObservableList<CardModel> all;
    private final Map<String, ObservableList<CardModel>> buckets = new HashMap<>();
    // Which bucket each card is in now; identity, because a card and its replacement are different objects.
    private final Map<CardModel, String> placed = new IdentityHashMap<>();

    StageBuckets(ObservableList<CardModel> all) {
        this.all = all;
        all.addListener(this::changed);
    }

    /** The cards currently in {@code stageId}, as an observable list for that stage's column. */
    ObservableList<CardModel> of(String stageId) {
        return buckets.computeIfAbsent(
                stageId,
                id -> FXCollections.observableArrayList(card -> new Observable[] {
                    card.stageIdProperty(),
                    card.lastAdvancedAtProperty(),
                    card.pendingProperty(),
                    card.recentlyChangedProperty()
                }));
    }

    private void changed(ListChangeListener.Change<? extends CardModel> c) {
        while (c.next()) {
            if (c.wasPermutated()) {
                continue;
            }
            if (c.wasUpdated()) {
                for (int i = c.getFrom(); i < c.getTo(); i++) {
                    moveIfNeeded(all.get(i));
                }
                continue;
            }
            if (c.getRemovedSize() > REBUILD_ABOVE) {
                rebuild();
                return;
            }
            remove(c.getRemoved());
            add(c.getAddedSubList());
        }
    }

    private void moveIfNeeded(CardModel card) {
        String was = placed.get(card);
        String now = card.getStageId();
        if (was != null && !was.equals(now)) {
            of(was).remove(card);
            of(now).add(card);
            placed.put(card, now);
        }
    }

    private void remove(List<? extends CardModel> removed) {
        Map<String, Set<CardModel>> byStage = new HashMap<>();
        for (CardModel card : removed) {
            String stage = placed.remove(card);
            if (stage != null) {
                byStage.computeIfAbsent(stage, s -> Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(card);
            }
        }
        byStage.forEach((stage, cards) -> of(stage).removeIf(cards::contains));
    }

    private void add(List<? extends CardModel> added) {
        Map<String, List<CardModel>> byStage = new HashMap<>();
        for (CardModel card : added) {
            byStage.computeIfAbsent(card.getStageId(), s -> new ArrayList<>()).add(card);
            placed.put(card, card.getStageId());
        }
        byStage.forEach((stage, cards) -> {
            ObservableList<CardModel> bucket = of(stage);
            bucket.addAll(cards);
            // Kept in the column's order, so re-sorting a column after a filter change finds it sorted already.
            FXCollections.sort(bucket, ColumnModel.NEWEST_IN_STAGE_FIRST);
        });
    }

    private void rebuild() {
        placed.clear();
        Map<String, List<CardModel>> byStage = new HashMap<>();
        for (CardModel card : all) {
            byStage.computeIfAbsent(card.getStageId(), s -> new ArrayList<>()).add(card);
            placed.put(card, card.getStageId());
        }
        byStage.values().forEach(cards -> cards.sort(ColumnModel.NEWEST_IN_STAGE_FIRST));
        buckets.forEach((stage, bucket) -> bucket.setAll(byStage.getOrDefault(stage, List.of())));
        byStage.forEach((stage, cards) -> {
            if (!buckets.containsKey(stage)) {
                of(stage).setAll(cards);
            }
        });
    }
}
