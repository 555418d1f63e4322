package io.stageboard.ui.board;

import java.util.AbstractList;
import java.util.Arrays;
import javafx.collections.ObservableListBase;

/**
 * A column's cards in display order: a read-only observable list over an array, replaced whole by a new slice of
 * the board (one change event, not one per card) or edited one card at a time. The list view asks only for the rows
 * it shows, so a column of 30,000 cards costs its visible cells.
 */
final class ColumnCards extends ObservableListBase<CardModel> {

    private static final CardModel[] NONE = new CardModel[0];

    private CardModel[] items = NONE;
    private int size;

    /** Shows {@code cards[0..count)} instead of what the list held; the array becomes the list's own. */
    void setAll(CardModel[] cards, int count) {
        CardModel[] was = items;
        int wasSize = size;
        items = cards;
        size = count;
        if (wasSize == 0 && count == 0) {
            return;
        }
        // Fired as "all removed, then all added" rather than as a replacement: a list view then starts afresh
        // instead of marking every row dirty, and no copy of the old contents is made.
        fireChange(new Refill<>(this, new ArrayView(was, wasSize), count));
    }

    /** Puts {@code card} at {@code at}, moving the cards from there down by one. */
    void insert(int at, CardModel card) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(16, size + (size >> 1)));
        }
        System.arraycopy(items, at, items, at + 1, size - at);
        items[at] = card;
        size++;
        beginChange();
        nextAdd(at, at + 1);
        endChange();
    }

    /** Takes out the card at {@code at}. */
    void removeAt(int at) {
        CardModel gone = items[at];
        System.arraycopy(items, at + 1, items, at, size - at - 1);
        items[--size] = null;
        beginChange();
        nextRemove(at, gone);
        endChange();
    }

    /** Puts {@code card} in the place of the one at {@code at} (the same card again redraws its cell). */
    void replace(int at, CardModel card) {
        CardModel was = items[at];
        items[at] = card;
        beginChange();
        nextSet(at, was);
        endChange();
    }

    /** @return where this very card object is, or -1 */
    int positionOf(CardModel card) {
        for (int i = 0; i < size; i++) {
            if (items[i] == card) {
                return i;
            }
        }
        return -1;
    }

    /** @return where a card that is not in the list would go to keep the list in {@link ColumnModel#ORDER} */
    int insertionPoint(CardModel card) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ColumnModel.ORDER.compare(items[mid], card) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public CardModel get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** The old contents for a change event, without copying them. */
    private static final class ArrayView extends AbstractList<CardModel> {
        private final CardModel[] items;
        private final int size;

        ArrayView(CardModel[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        public CardModel get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
