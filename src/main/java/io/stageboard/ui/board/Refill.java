package io.stageboard.ui.board;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The change of a list whose contents were replaced whole, in one step, as {@code setAll} tells it, but with the old
 * contents handed over as they are rather than copied element by element. One replacement (not a removal and then an
 * addition) is what a list view's focus model needs to keep its focus on the same card.
 */
final class Refill<E> extends ListChangeListener.Change<E> {

    private static final int[] NO_PERMUTATION = new int[0];
    private final List<E> removed;
    private final int added;
    private boolean started;
    private boolean done;

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
        if (started) {
            done = true;
            return false;
        }
        started = true;
        return true;
    }

    @Override
    public void reset() {
        started = false;
        done = false;
    }

    @Override
    public int getFrom() {
        checkStep();
        return 0;
    }

    @Override
    public int getTo() {
        checkStep();
        return added;
    }

    @Override
    public List<E> getRemoved() {
        checkStep();
        return removed;
    }

    @Override
    protected int[] getPermutation() {
        checkStep();
        return NO_PERMUTATION;
    }

    private void checkStep() {
        if (!started || done) {
            throw new IllegalStateException("Call next() first");
        }
    }
}
