package io.stageboard.ui.board;

import io.stageboard.api.Stage;
import java.util.Comparator;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/** One stage column: the cards in that stage that pass the filters, newest arrivals in the stage first. */
public final class ColumnModel {

    static final Comparator<CardModel> NEWEST_IN_STAGE_FIRST =
            Comparator.comparingLong(CardModel::getLastAdvancedAt).reversed().thenComparing(CardModel::name);

    private final Stage stage;
    private final SortedList<CardModel> cards;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

    ColumnModel(Stage stage, ObservableList<CardModel> allCards, ObjectProperty<Predicate<CardModel>> filter) {
        this.stage = stage;
        FilteredList<CardModel> inStage = new FilteredList<>(allCards);
        inStage.predicateProperty()
                .bind(Bindings.createObjectBinding(
                        () -> {
                            Predicate<CardModel> passes = filter.get();
                            return card -> stage.id().equals(card.getStageId()) && passes.test(card);
                        },
                        filter));
        this.cards = new SortedList<>(inStage, NEWEST_IN_STAGE_FIRST);
        count.bind(Bindings.size(cards));
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

    public int getCount() {
        return count.get();
    }

    /** The number of cards under the current filters, for the column header. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
