package io.stageboard.ui.bulk;

import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.board.CardModel;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;

/**
 * The opportunities table: the board's loaded opportunities, one row each, filtered by a text that matches name,
 * stage, posting, owner, tags or source. Sorting is the table's own.
 */
public final class OpportunityTableViewModel {

    private final BoardViewModel board;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final FilteredList<CardModel> rows;

    public OpportunityTableViewModel(BoardViewModel board) {
        this.board = board;
        this.rows = new FilteredList<>(board.allCards());
        filterText.addListener((o, was, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            rows.setPredicate(needle.isEmpty() ? null : card -> rowText(card).contains(needle));
        });
    }

    private String rowText(CardModel card) {
        return String.join(
                        "\n",
                        card.name(),
                        stageName(card),
                        card.postingTitle(),
                        card.ownerName(),
                        String.join("\n", card.tags()),
                        String.join("\n", card.sources()))
                .toLowerCase(Locale.ROOT);
    }

    /** The rows that pass the filter. */
    public FilteredList<CardModel> rows() {
        return rows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The name of the card's stage. */
    public String stageName(CardModel card) {
        return board.stageName(card.getStageId());
    }
}
