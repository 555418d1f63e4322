package io.stageboard.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Table cells that show their whole text: long values wrap onto more lines instead of ending in "…". */
public final class TableCells {

    private static final double CELL_PADDING = 12;
    private static final double HEADER_PADDING = 30;
    private static final double HEADER_FONT_SIZE = 14;

    private TableCells() {}

    /**
     * Keeps every column of {@code table} (nested ones too) at least as wide as its title, so that no header is
     * cut; a table wider than its window scrolls sideways instead.
     */
    public static void fitHeaders(TableView<?> table) {
        table.getColumns().forEach(TableCells::fitHeader);
    }

    private static void fitHeader(TableColumnBase<?, ?> column) {
        if (column.getColumns().isEmpty()) {
            Text title = new Text(column.getText());
            title.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, HEADER_FONT_SIZE));
            column.setMinWidth(Math.max(
                    column.getMinWidth(), Math.ceil(title.getLayoutBounds().getWidth()) + HEADER_PADDING));
        } else {
            column.getColumns().forEach(TableCells::fitHeader);
        }
    }

    /** Makes {@code column}'s cells wrap their text at the column's width. */
    public static <S> void wrap(TableColumn<S, String> column) {
        column.setCellFactory(c -> new WrappingCell<>());
    }

    private static final class WrappingCell<S> extends TableCell<S, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("wrapped-cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(CELL_PADDING));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setAccessibleText(empty ? null : item);
        }
    }
}
