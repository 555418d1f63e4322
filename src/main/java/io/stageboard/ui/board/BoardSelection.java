package io.stageboard.ui.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Which cards the user has selected: a set of opportunity ids, never positions in a list, so it stays on the same
 * candidates whatever updates, syncs, moves and re-sorting do to the columns. Cells only draw it. Every action takes a
 * {@link #snapshot()} when the user asks, and acts on exactly those ids.
 */
public final class BoardSelection {

    private final ObservableList<ColumnModel> columns;
    private final Predicate<String> shown;
    private final ObservableSet<String> ids = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> readOnly = FXCollections.unmodifiableObservableSet(ids);
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");
    private final ReadOnlyObjectWrapper<String> single = new ReadOnlyObjectWrapper<>(this, "single");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    // Counts changes, so a cell redraws once per change rather than once per id (Select all matching: thousands).
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");
    private String anchor;
    private String dropped = "";

    /**
     * @param columns the board's columns, in board order
     * @param shown   whether a column shows the card with this id now; asked per selected id, so a filter change
     *     with a few cards selected does not collect the ids of every shown card
     */
    BoardSelection(ObservableList<ColumnModel> columns, Predicate<String> shown) {
        this.columns = columns;
        this.shown = shown;
    }

    /** A plain click: this card alone, in every column. */
    public void select(String id) {
        replace(List.of(id));
        anchor = id;
    }

    /** Ctrl/Cmd-click: adds the card, or takes it out when it was selected. */
    public void toggle(String id) {
        dropped = "";
        if (!ids.remove(id)) {
            ids.add(id);
        }
        anchor = id;
        changed();
    }

    /**
     * Shift-click: every card between the last clicked one and this one, within their column. When the last clicked
     * card is in another column (or gone), this card alone.
     */
    public void extendTo(String id) {
        for (ColumnModel column : columns) {
            List<String> order = column.cards().stream().map(CardModel::id).toList();
            int from = anchor == null ? -1 : order.indexOf(anchor);
            int to = order.indexOf(id);
            if (to >= 0) {
                if (from < 0) {
                    select(id);
                } else {
                    replace(order.subList(Math.min(from, to), Math.max(from, to) + 1));
                }
                return;
            }
        }
    }

    /** Ctrl+A: every card the column shows. */
    public void selectColumn(String stageId) {
        columns.stream().filter(c -> c.stageId().equals(stageId)).findFirst().ifPresent(column -> {
            replace(column.cards().stream().map(CardModel::id).toList());
            anchor = column.cards().isEmpty() ? null : column.cards().get(0).id();
        });
    }

    /** Every card that passes the filters, in every column. */
    public void selectAllMatching() {
        replace(columns.stream()
                .flatMap(c -> c.cards().stream())
                .map(CardModel::id)
                .toList());
    }

    /** Escape, or "Clear". */
    public void clear() {
        replace(List.of());
        anchor = null;
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The selected ids as they are now, in board order (column by column, top to bottom): what an action acts on. */
    public List<String> snapshot() {
        List<String> ordered = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return ordered;
        }
        for (ColumnModel column : columns) {
            for (CardModel card : column.cards()) {
                if (ids.contains(card.id())) {
                    ordered.add(card.id());
                }
            }
        }
        return List.copyOf(ordered);
    }

    /**
     * Takes out the selected cards the board no longer shows (a filter hid them, a sync removed them) and says so in
     * {@link #statusProperty()}, so an action never reaches a candidate the user cannot see.
     *
     * @param why ends the sentence, e.g. "hidden by the filters"
     */
    void keepOnlyShown(String why) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> gone = ids.stream().filter(shown.negate()).toList();
        if (!gone.isEmpty()) {
            ids.removeAll(gone);
            dropped = gone.size() == 1
                    ? "1 selected card " + why + " left the selection"
                    : gone.size() + " selected cards " + why + " left the selection";
            changed();
        }
    }

    private void replace(Collection<String> selected) {
        dropped = "";
        if (!(ids.size() == selected.size() && ids.containsAll(selected))) {
            ids.clear();
            ids.addAll(selected);
        }
        changed();
    }

    private void changed() {
        version.set(version.get() + 1);
        size.set(ids.size());
        single.set(ids.size() == 1 ? ids.iterator().next() : null);
        String count = ids.isEmpty() ? "" : ids.size() + " selected";
        status.set(dropped.isEmpty() ? count : count.isEmpty() ? dropped + "." : count + " · " + dropped + ".");
    }

    /** The selected ids, read-only. */
    public ObservableSet<String> ids() {
        return readOnly;
    }

    /** Changes once per change of the selection, however many ids it took: what a cell redraws on. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** The one selected card's id, or null when none or several are selected: the details pane follows it. */
    public ReadOnlyObjectProperty<String> singleProperty() {
        return single.getReadOnlyProperty();
    }

    /** "3 selected", and what left the selection on its own, e.g. "1 selected card hidden by the filters left…". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
