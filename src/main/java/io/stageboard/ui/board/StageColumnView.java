package io.stageboard.ui.board;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * One stage column: a header with the stage name and card count, and a virtualized list of cards that is both a drag
 * source and a drop target. Multi-selection (Ctrl/Shift-click, Ctrl+A) comes from the list itself.
 */
final class StageColumnView extends VBox {

    private final ColumnModel column;
    private final BoardViewModel board;
    private final ListView<CardModel> list = new ListView<>();

    StageColumnView(ColumnModel column, BoardViewModel board, CardMenus menus, Consumer<String> onOpen) {
        this.column = column;
        this.board = board;
        getStyleClass().add("stage-column");
        setId("column-" + column.stageId());

        Label title = new Label(column.stageName());
        title.getStyleClass().add("column-title");
        Label count = new Label();
        count.getStyleClass().add("column-count");
        count.textProperty().bind(column.countProperty().asString());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, count);
        header.getStyleClass().add("column-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.accessibleTextProperty().bind(count.textProperty().concat(" candidates in " + column.stageName()));

        list.setItems(column.cards());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getStyleClass().add("column-list");
        list.setAccessibleText(column.stageName());
        list.setPlaceholder(new Label("No candidates"));
        list.setCellFactory(view -> {
            OpportunityCardCell cell = new OpportunityCardCell(board);
            cell.setOnDragDetected(event -> startDrag(cell));
            cell.setContextMenu(menus.contextMenu(this::selectedIds));
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && cell.getItem() != null) {
                    onOpen.accept(cell.getItem().id());
                }
            });
            return cell;
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // Enter opens the focused card in the detail pane.
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            CardModel focused = list.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.ENTER && focused != null) {
                onOpen.accept(focused.id());
                e.consume();
            }
        });

        getChildren().setAll(header, list);
        // The whole column, header included, is the drop target, so a drop on a short column's empty space counts.
        setOnDragOver(this::acceptDrag);
        setOnDragEntered(e -> pseudoClassStateChanged(BoardStyles.DROP_TARGET, accepts(e)));
        setOnDragExited(e -> pseudoClassStateChanged(BoardStyles.DROP_TARGET, false));
        setOnDragDropped(this::drop);
    }

    ListView<CardModel> list() {
        return list;
    }

    ColumnModel column() {
        return column;
    }

    /** The ids of the selected cards, in display order. */
    List<String> selectedIds() {
        return list.getSelectionModel().getSelectedItems().stream().map(CardModel::id).toList();
    }

    private void startDrag(OpportunityCardCell cell) {
        CardModel card = cell.getItem();
        if (card == null) {
            return;
        }
        // Dragging a selected card takes the whole selection along; dragging another card takes only that one.
        List<String> ids = list.getSelectionModel().getSelectedItems().contains(card) ? selectedIds() : List.of(card.id());
        Dragboard dragboard = cell.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(DragFormats.OPPORTUNITY_IDS, DragFormats.encode(ids));
        dragboard.setContent(content);
        dragboard.setDragView(cell.snapshot(null, null));
    }

    private boolean accepts(DragEvent event) {
        return event.getDragboard().hasContent(DragFormats.OPPORTUNITY_IDS) && event.getGestureSource() != this
                && !isInThisColumn(event.getGestureSource());
    }

    private boolean isInThisColumn(Object source) {
        return source instanceof OpportunityCardCell cell && cell.getListView() == list;
    }

    private void acceptDrag(DragEvent event) {
        if (accepts(event)) {
            event.acceptTransferModes(TransferMode.MOVE);
        }
        event.consume();
    }

    private void drop(DragEvent event) {
        boolean done = false;
        if (accepts(event)) {
            board.move(DragFormats.decode(event.getDragboard().getContent(DragFormats.OPPORTUNITY_IDS)), column.stageId());
            done = true;
        }
        event.setDropCompleted(done);
        event.consume();
    }
}
