package io.stageboard.ui.board;

import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.Words;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One stage column: a header with the stage name and card count, and a virtualized list of cards that is both a drag
 * source and a drop target. Clicks and keys change the board's selection of ids (click, Ctrl-click, Shift-click within
 * the column, Ctrl+A, Space); the cells draw it.
 */
final class StageColumnView extends VBox {

    private final ColumnModel column;
    private final BoardViewModel board;
    private final CardMenus menus;
    private final Consumer<String> onOpen;
    private final ListView<CardModel> list = new ListView<>();
    // A plain press on a card of a larger selection keeps the selection for a drag; the release then narrows it.
    private String narrowOnRelease;

    StageColumnView(ColumnModel column, BoardViewModel board, CardMenus menus, Consumer<String> onOpen) {
        this.column = column;
        this.board = board;
        this.menus = menus;
        this.onOpen = onOpen;
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
        header.accessibleTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> column.stageName() + ", "
                                + candidates(column.countProperty().get()),
                        column.countProperty()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);

        list.setItems(column.cards());
        // The board's selection is a set of ids that the cells draw; the list's own would follow positions.
        list.setSelectionModel(new NoListSelection<>());
        list.getStyleClass().add("column-list");
        list.accessibleTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> column.stageName() + ", "
                                + candidates(column.countProperty().get()),
                        column.countProperty()));
        // While the board loads, an empty column shows placeholder cards, not a verdict that may be wrong.
        Node loading = loadingPlaceholder();
        Label none = new Label("No candidates");
        list.placeholderProperty()
                .bind(Bindings.createObjectBinding(
                        () -> board.getStatus() == LoadStatus.LOADING ? loading : none, board.statusProperty()));
        list.setCellFactory(view -> {
            OpportunityCardCell cell = new OpportunityCardCell(board);
            cell.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed(cell, e));
            cell.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> released(cell, e));
            cell.setOnDragDetected(event -> startDrag(cell));
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && cell.getItem() != null) {
                    onOpen.accept(cell.getItem().id());
                }
            });
            return cell;
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        list.setOnContextMenuRequested(e -> {
            CardModel focused = list.getFocusModel().getFocusedItem();
            // The keyboard's menu key and Shift+F10 are handled as keys, where every platform sends them.
            if (!e.isKeyboardTrigger() && focused != null) {
                menus.showContextMenu(list, focused, e.getScreenX(), e.getScreenY());
            }
            e.consume();
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

    private void pressed(OpportunityCardCell cell, MouseEvent e) {
        narrowOnRelease = null;
        list.requestFocus();
        CardModel card = cell.getItem();
        BoardSelection selection = board.selection();
        if (card == null) {
            if (e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown() && !e.isShiftDown()) {
                selection.clear();
            }
            return;
        }
        list.getFocusModel().focus(cell.getIndex());
        if (e.getButton() == MouseButton.SECONDARY) {
            if (!selection.contains(card.id())) {
                selection.select(card.id());
            }
        } else if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() > 1) {
            return;
        } else if (e.isShortcutDown()) {
            selection.toggle(card.id());
        } else if (e.isShiftDown()) {
            selection.extendTo(card.id());
        } else if (selection.contains(card.id()) && selection.sizeProperty().get() > 1) {
            narrowOnRelease = card.id();
        } else {
            selection.select(card.id());
        }
    }

    private void released(OpportunityCardCell cell, MouseEvent e) {
        if (narrowOnRelease != null
                && cell.getItem() != null
                && narrowOnRelease.equals(cell.getItem().id())
                && e.isStillSincePress()) {
            board.selection().select(narrowOnRelease);
        }
        narrowOnRelease = null;
    }

    private void keyPressed(KeyEvent e) {
        CardModel focused = list.getFocusModel().getFocusedItem();
        KeyCode code = e.getCode();
        if ((code == KeyCode.UP || code == KeyCode.DOWN) && !e.isShortcutDown() && !e.isAltDown()) {
            int at = list.getFocusModel().getFocusedIndex() + (code == KeyCode.UP ? -1 : 1);
            if (at >= 0 && at < list.getItems().size()) {
                focusRow(at, e.isShiftDown());
            }
        } else if (code == KeyCode.A && e.isShortcutDown() && !e.isShiftDown()) {
            board.selection().selectColumn(column.stageId());
        } else if (code == KeyCode.SPACE && focused != null) {
            board.selection().toggle(focused.id());
        } else if (code == KeyCode.ENTER && focused != null) {
            onOpen.accept(focused.id());
        } else if ((code == KeyCode.CONTEXT_MENU || (code == KeyCode.F10 && e.isShiftDown())) && focused != null) {
            showMenuAtFocusedCard(focused);
        } else {
            return;
        }
        e.consume();
    }

    /** Moves the keyboard to a row and selects its card (extending the selection with Shift). */
    void focusRow(int row, boolean extend) {
        list.getFocusModel().focus(row);
        list.scrollTo(Math.max(0, row - 2));
        CardModel card = list.getItems().get(row);
        if (extend) {
            board.selection().extendTo(card.id());
        } else {
            board.selection().select(card.id());
        }
    }

    private void showMenuAtFocusedCard(CardModel card) {
        Node cell = list.lookupAll(".opportunity-cell").stream()
                .filter(n -> n instanceof OpportunityCardCell c && c.getItem() == card)
                .findFirst()
                .orElse(list);
        Bounds bounds = cell.localToScreen(cell.getBoundsInLocal());
        menus.showContextMenu(list, card, bounds.getMinX() + 24, bounds.getMinY() + Math.min(bounds.getHeight(), 40));
    }

    private void startDrag(OpportunityCardCell cell) {
        CardModel card = cell.getItem();
        if (card == null) {
            return;
        }
        narrowOnRelease = null;
        // Dragging a selected card takes the whole selection along; dragging another card takes only that one.
        List<String> ids =
                board.selection().contains(card.id()) ? board.selection().snapshot() : List.of(card.id());
        Dragboard dragboard = cell.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(DragFormats.OPPORTUNITY_IDS, DragFormats.encode(ids));
        dragboard.setContent(content);
        dragboard.setDragView(cell.snapshot(null, null));
    }

    private boolean accepts(DragEvent event) {
        return event.getDragboard().hasContent(DragFormats.OPPORTUNITY_IDS)
                && event.getGestureSource() != this
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
            board.move(
                    DragFormats.decode(event.getDragboard().getContent(DragFormats.OPPORTUNITY_IDS)), column.stageId());
            done = true;
        }
        event.setDropCompleted(done);
        event.consume();
    }

    private static String candidates(int count) {
        return Words.count(count, "candidate", "candidates");
    }

    private static Node loadingPlaceholder() {
        VBox cards = new VBox(6);
        for (int i = 0; i < 3; i++) {
            Label text = new Label("Loading…");
            VBox card = new VBox(text);
            card.getStyleClass().add("placeholder-card");
            cards.getChildren().add(card);
        }
        cards.setAlignment(Pos.TOP_CENTER);
        cards.setFillWidth(true);
        cards.setAccessibleText("Loading candidates");
        return cards;
    }
}
