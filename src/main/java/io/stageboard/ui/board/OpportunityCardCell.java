package io.stageboard.ui.board;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Draws one opportunity card: name, headline, posting, tags as chips, time in stage and owner. */
final class OpportunityCardCell extends ListCell<CardModel> {

    private final BoardViewModel board;
    private final Label name = styled(new Label(), "card-name");
    private final FontIcon lock = new FontIcon(Feather.LOCK);
    private final Label headline = styled(new Label(), "card-headline");
    private final Label posting = styled(new Label(), "card-posting");
    private final FlowPane tags = new FlowPane(4, 4);
    private final Label footer = styled(new Label(), "card-footer");
    private final Label saving = styled(new Label("Saving to Lever…"), "card-saving");
    private final VBox card = new CardBox();

    // Kept in a field: the set holds it weakly, so cells of a rebuilt column can go.
    private final ChangeListener<Number> selectionChanged = (o, was, is) -> drawSelection();

    OpportunityCardCell(BoardViewModel board) {
        this.board = board;
        board.selection().versionProperty().addListener(new WeakChangeListener<>(selectionChanged));
        card.getStyleClass().add("opportunity-card");
        lock.getStyleClass().add("card-confidential");
        card.setPadding(new Insets(8));
        tags.getStyleClass().add("card-tags");
        getStyleClass().add("opportunity-cell");
        // A zero preferred width lets the cell take the list's width instead of its text's, so long headlines wrap
        // onto a second line rather than showing a horizontal scroll bar in every column.
        setPrefWidth(0);
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * The card's box, as tall as its wrapped lines need at the cell's width. The cell asks its graphic for a height
     * without a width; the box answers for the width the cell gives it.
     */
    private final class CardBox extends VBox {
        CardBox() {
            super(3, name, headline, posting, tags, footer, saving);
        }

        @Override
        protected double computePrefHeight(double width) {
            double cellWidth = OpportunityCardCell.this.getWidth()
                    - OpportunityCardCell.this.snappedLeftInset()
                    - OpportunityCardCell.this.snappedRightInset();
            return super.computePrefHeight(width >= 0 ? width : cellWidth > 0 ? cellWidth : -1);
        }
    }

    @Override
    protected void updateItem(CardModel item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(BoardStyles.PENDING, item != null && item.isPending());
        pseudoClassStateChanged(BoardStyles.CHANGED, item != null && item.isRecentlyChanged());
        pseudoClassStateChanged(BoardStyles.ARCHIVED, item != null && item.isArchived());
        drawSelection();
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        name.setText(item.name());
        // A lock before the name marks a confidential candidate, seen only by keys with confidential access.
        name.setGraphic(item.isConfidential() ? lock : null);
        headline.setText(item.headline());
        headline.setManaged(!item.headline().isBlank());
        headline.setVisible(!item.headline().isBlank());
        posting.setText(item.postingTitle());
        posting.setManaged(!item.postingTitle().isBlank());
        posting.setVisible(!item.postingTitle().isBlank());
        tags.getChildren()
                .setAll(item.tags().stream().map(OpportunityCardCell::chip).toList());
        tags.setManaged(!item.tags().isEmpty());
        String owner = item.ownerName().isBlank() ? "" : " · " + item.ownerName();
        // An archived candidate's time in stage stopped counting when it was archived: say it is archived instead.
        footer.setText((item.isArchived() ? "Archived" : item.timeInStageText(board.clock())) + owner);
        saving.setManaged(item.isPending());
        saving.setVisible(item.isPending());
        setText(null);
        setGraphic(card);
        setAccessibleText(item.accessibleText(board.stageName(item.getStageId()), board.clock()));
    }

    private void drawSelection() {
        CardModel item = getItem();
        pseudoClassStateChanged(
                BoardStyles.PICKED, item != null && board.selection().contains(item.id()));
    }

    private static Label chip(String tag) {
        Label chip = new Label(tag);
        chip.getStyleClass().add("tag-chip");
        chip.setAccessibleText("Tag " + tag);
        return chip;
    }
}
