package io.stageboard.ui.board;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The board's cards filed by stage in column order, by their slot in the board's index, and each column fed the
 * slice of its stage that passes the filter. A filter change walks each stage's ordered slots once, testing the
 * index's answer, and hands each column its new slice in one change; a single card that is added, replaced, moved or
 * removed is taken out of and put into its column at its sorted place, so a moved card shows where it belongs at
 * once. Cards without a slot (not in the index) never show, as the index cannot pass them.
 */
final class StageSlices {

    private CardModel[] bySlot = new CardModel[1024];
    // The stage each slot is filed under: the card's stage may have changed already when the board hears of it.
    private String[] filedIn = new String[1024];
    private final Map<String, Order> stages = new HashMap<>();
    private IntPredicate passes = slot -> true;

    /** One stage's slots in column order, and its column when the board shows that stage. */
    private static final class Order {
        final String stageId;
        int[] slots = new int[16];
        int size;
        boolean sorted = true;
        ColumnModel column;

        Order(String stageId) {
            this.stageId = stageId;
        }
    }

    /** The columns the board shows now; each gets its slice at once. */
    void columns(List<ColumnModel> columns) {
        stages.values().forEach(o -> o.column = null);
        for (ColumnModel column : columns) {
            stage(column.stageId()).column = column;
        }
        refillAll();
    }

    /** The filter: which slots pass; every column gets its new slice. */
    void filter(IntPredicate passes) {
        this.passes = passes;
        refillAll();
    }

    /** Files every card anew. */
    void setAll(List<CardModel> cards) {
        Arrays.fill(bySlot, null);
        Arrays.fill(filedIn, null);
        stages.values().forEach(o -> {
            o.size = 0;
            o.sorted = true;
        });
        cards.forEach(this::fileUnsorted);
        refillAll();
    }

    /**
     * Files many changes at once (a page of a load, a large sync): each card of {@code gone} leaves, each of
     * {@code now} takes its slot; then every column is refilled. Each stage keeps its order and the newcomers join at
     * its end, so the sort that follows finds one long sorted run and merges the rest in. For a few cards
     * {@link #update} costs less.
     */
    void updateAll(List<CardModel> gone, List<CardModel> now) {
        for (CardModel card : gone) {
            if (isFiled(card)) {
                bySlot[card.indexSlot()] = null;
                filedIn[card.indexSlot()] = null;
            }
        }
        for (CardModel card : now) {
            int slot = card.indexSlot();
            if (slot >= 0) {
                grow(slot);
                bySlot[slot] = card;
                filedIn[slot] = card.getStageId();
            }
        }
        // Each stage keeps the slots still filed under it, once; the cards that are not there yet join at the end.
        BitSet kept = new BitSet(bySlot.length);
        for (Order order : stages.values()) {
            int size = 0;
            for (int i = 0; i < order.size; i++) {
                int slot = order.slots[i];
                if (bySlot[slot] != null && Objects.equals(filedIn[slot], order.stageId) && !kept.get(slot)) {
                    kept.set(slot);
                    order.slots[size++] = slot;
                }
            }
            order.size = size;
            order.sorted = false;
        }
        for (CardModel card : now) {
            int slot = card.indexSlot();
            if (slot >= 0 && bySlot[slot] == card && !kept.get(slot)) {
                kept.set(slot);
                append(stage(filedIn[slot]), slot);
            }
        }
        refillAll();
    }

    /**
     * One card changed: {@code old} (null for a new card) gives its place to {@code now} (null when it left), which
     * may be the same object after a move or a pending mark. Its columns change by one card each, or the card is
     * replaced in place when it keeps its position, so its cell redraws.
     */
    void update(CardModel old, CardModel now) {
        ColumnCards oldColumn = null;
        int oldAt = -1;
        if (old != null && isFiled(old)) {
            int slot = old.indexSlot();
            Order was = stages.get(filedIn[slot]);
            removeSlot(was, slot);
            bySlot[slot] = null;
            filedIn[slot] = null;
            if (was.column != null) {
                oldColumn = was.column.slice();
                oldAt = oldColumn.positionOf(old);
            }
        }
        if (now != null && now.indexSlot() >= 0) {
            int slot = now.indexSlot();
            grow(slot);
            if (bySlot[slot] != null) {
                // The index gave this slot to another opportunity: the card that had it goes first.
                update(bySlot[slot], null);
                oldAt = oldColumn == null ? -1 : oldColumn.positionOf(old);
            }
            Order order = stage(now.getStageId());
            bySlot[slot] = now;
            filedIn[slot] = now.getStageId();
            insertSlot(order, slot);
            if (order.column != null && passes.test(slot)) {
                ColumnCards column = order.column.slice();
                if (column == oldColumn && oldAt >= 0 && fits(column, oldAt, now)) {
                    column.replace(oldAt, now);
                    return;
                }
                if (oldAt >= 0) {
                    oldColumn.removeAt(oldAt);
                    oldAt = -1;
                }
                column.insert(column.insertionPoint(now), now);
            }
        }
        if (oldAt >= 0) {
            oldColumn.removeAt(oldAt);
        }
    }

    /** A card changed in place (stage, time in stage, pending or highlight mark): it goes where it now belongs. */
    void changed(CardModel card) {
        if (isFiled(card)) {
            update(card, card);
        }
    }

    /** True when a column shows {@code card}: it is filed, its stage has a column and it passes the filter. */
    boolean isShown(CardModel card) {
        if (!isFiled(card)) {
            return false;
        }
        Order order = stages.get(filedIn[card.indexSlot()]);
        return order != null && order.column != null && passes.test(card.indexSlot());
    }

    /** True when {@code card} is the one filed at its slot. */
    private boolean isFiled(CardModel card) {
        int slot = card.indexSlot();
        return slot >= 0 && slot < bySlot.length && bySlot[slot] == card;
    }

    /** True when {@code card} may stand at {@code at} (replacing what is there) and keep the column sorted. */
    private static boolean fits(ColumnCards column, int at, CardModel card) {
        return (at == 0 || ColumnModel.ORDER.compare(column.get(at - 1), card) < 0)
                && (at == column.size() - 1 || ColumnModel.ORDER.compare(card, column.get(at + 1)) < 0);
    }

    private void refillAll() {
        for (Order order : stages.values()) {
            if (order.column != null) {
                refill(order);
            }
        }
    }

    /** Walks the stage's slots in order and gives the column those that pass. */
    private void refill(Order order) {
        sort(order);
        int[] slots = order.slots;
        CardModel[] shown = new CardModel[order.size];
        int count = 0;
        for (int i = 0; i < order.size; i++) {
            int slot = slots[i];
            if (passes.test(slot)) {
                shown[count++] = bySlot[slot];
            }
        }
        order.column.slice().setAll(shown, count);
    }

    private void sort(Order order) {
        if (order.sorted) {
            return;
        }
        CardModel[] cards = new CardModel[order.size];
        for (int i = 0; i < order.size; i++) {
            cards[i] = bySlot[order.slots[i]];
        }
        Arrays.sort(cards, ColumnModel.ORDER);
        for (int i = 0; i < cards.length; i++) {
            order.slots[i] = cards[i].indexSlot();
        }
        order.sorted = true;
    }

    private void fileUnsorted(CardModel card) {
        int slot = card.indexSlot();
        if (slot < 0) {
            return;
        }
        grow(slot);
        if (bySlot[slot] != null) {
            return;
        }
        bySlot[slot] = card;
        filedIn[slot] = card.getStageId();
        Order order = stage(card.getStageId());
        append(order, slot);
        order.sorted = false;
    }

    private static void append(Order order, int slot) {
        if (order.size == order.slots.length) {
            order.slots = Arrays.copyOf(order.slots, order.size * 2);
        }
        order.slots[order.size++] = slot;
    }

    /** Puts a slot at its sorted place (or at the end when the stage is to be sorted anyway). */
    private void insertSlot(Order order, int slot) {
        if (!order.sorted) {
            append(order, slot);
            return;
        }
        CardModel card = bySlot[slot];
        int low = 0;
        int high = order.size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ColumnModel.ORDER.compare(bySlot[order.slots[mid]], card) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        append(order, slot);
        System.arraycopy(order.slots, low, order.slots, low + 1, order.size - 1 - low);
        order.slots[low] = slot;
    }

    private static void removeSlot(Order order, int slot) {
        for (int i = 0; i < order.size; i++) {
            if (order.slots[i] == slot) {
                System.arraycopy(order.slots, i + 1, order.slots, i, order.size - i - 1);
                order.size--;
                return;
            }
        }
    }

    private Order stage(String stageId) {
        return stages.computeIfAbsent(stageId, Order::new);
    }

    private void grow(int slot) {
        if (slot >= bySlot.length) {
            int length = Math.max(slot + 1, bySlot.length * 2);
            bySlot = Arrays.copyOf(bySlot, length);
            filedIn = Arrays.copyOf(filedIn, length);
        }
    }

    /** For tests: each stage's filed slots in order, sorted first. */
    Map<String, List<CardModel>> filed() {
        Map<String, List<CardModel>> filed = new HashMap<>();
        stages.forEach((stage, order) -> {
            sort(order);
            List<CardModel> cards = new ArrayList<>();
            for (int i = 0; i < order.size; i++) {
                cards.add(bySlot[order.slots[i]]);
            }
            filed.put(stage, cards);
        });
        return filed;
    }
}
