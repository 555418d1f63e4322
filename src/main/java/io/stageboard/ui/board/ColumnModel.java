package io.stageboard.ui.board;

import io.stageboard.api.Stage;
import java.util.Comparator;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ObservableList;

/**
 * One stage column: the cards in that stage that pass the filters, newest arrivals in the stage first. The board
 * ({@link BoardCards}) fills it with ready-sorted slices and edits it card by card; the column only shows them.
 */
public final class ColumnModel {

    /** The column order: newest arrival in the stage first, then by name, then by id so that no two cards tie. */
    static final Comparator<CardModel> ORDER = ColumnModel::compare;

    private static int compare(CardModel a, CardModel b) {
        int order = Long.compare(b.getLastAdvancedAt(), a.getLastAdvancedAt());
        if (order == 0) {
            order = a.name().compareTo(b.name());
        }
        return order != 0 ? order : a.id().compareTo(b.id());
    }

    private final Stage stage;
    private final ColumnCards cards = new ColumnCards();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

    ColumnModel(Stage stage) {
        this.stage = stage;
        // Set after each change, so the header never counts a list in the middle of one.
        cards.addListener((InvalidationListener) o -> count.set(cards.size()));
    }

    public Stage stage() {
        return stage;
    }

    public String stageId() {
        return stage.id();
    }

    public String stageName() {
        return stage.text();
    }

    /** The column's cards under the current filters, in display order. */
    public ObservableList<CardModel> cards() {
        return cards;
    }

    /** The list itself, for the board that fills it. */
    ColumnCards slice() {
        return cards;
    }

    public int getCount() {
        return count.get();
    }

    /** The number of cards under the current filters, for the column header. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
