package io.stageboard.ui.board;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The change of a list whose contents were replaced whole, told in two steps: the old elements leaving, then the
 * new ones arriving. A list view then starts afresh instead of marking every row dirty, and the old contents are
 * handed over as they are rather than copied element by element.
 */
final class Refill<E> extends ListChangeListener.Change<E> {

    private static final int[] NO_PERMUTATION = new int[0];
    private final List<E> removed;
    private final int added;
    // -1 before the first next(), 0 on the removal, 1 on the addition.
    private int step = -1;

    /**
     * @param removed the old contents (not copied: the caller no longer changes them)
     * @param added   how many elements the list holds now
     */
    Refill(ObservableList<E> list, List<E> removed, int added) {
        super(list);
        this.removed = removed;
        this.added = added;
    }

    @Override
    public boolean next() {
        do {
            step++;
        } while (step < 2 && (step == 0 ? removed.isEmpty() : added == 0));
        return step < 2;
    }

    @Override
    public void reset() {
        step = -1;
    }

    @Override
    public int getFrom() {
        checkStep();
        return 0;
    }

    @Override
    public int getTo() {
        checkStep();
        return step == 0 ? 0 : added;
    }

    @Override
    public List<E> getRemoved() {
        checkStep();
        return step == 0 ? removed : List.of();
    }

    @Override
    protected int[] getPermutation() {
        checkStep();
        return NO_PERMUTATION;
    }

    private void checkStep() {
        if (step < 0 || step > 1) {
            throw new IllegalStateException("Call next() first");
        }
    }
}
