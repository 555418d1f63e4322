package io.stageboard.app;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help › Keyboard shortcuts (F1): every key the window answers to, in one list. */
final class KeyboardShortcutsDialog {

    /** The keys and what they do, in the order a recruiter meets them. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"F1", "Show this list of keyboard shortcuts"},
            new String[] {"F5", "Refresh the board from Lever (filters stay)"},
            new String[] {"← →", "Move between columns"},
            new String[] {"↑ ↓", "Move between cards in a column"},
            new String[] {"Shift+↑ Shift+↓", "Extend the selection in a column"},
            new String[] {"Space", "Select or unselect the focused card"},
            new String[] {"Ctrl+A", "Select every card in the focused column"},
            new String[] {"Ctrl+Shift+A", "Select all in column (Bulk menu)"},
            new String[] {"Escape", "Clear the selection; again to close the details pane; closes dialogs"},
            new String[] {"Enter", "Open the focused card's details"},
            new String[] {"Shift+F10 or the Menu key", "Open the focused card's context menu"},
            new String[] {"Ctrl+→ Ctrl+←", "Move the selected cards to the next or previous stage"},
            new String[] {"Delete or Backspace", "Remove the focused tag in the details pane"},
            new String[] {"Ctrl+Z", "Undo the last move"},
            new String[] {"Ctrl+B", "Bulk action on the selection"},
            new String[] {"Ctrl+T", "Open the opportunities table"},
            new String[] {"Ctrl+L", "Open the activity log"},
            new String[] {"Ctrl+1, Ctrl+2, Ctrl+4", "Show the board, the postings or insights"},
            new String[] {"Ctrl+N", "New candidate"},
            new String[] {"Ctrl+Shift+T", "Open the tag library"},
            new String[] {"Tab, Shift+Tab", "Move the focus between controls"},
            new String[] {"Alt or F10", "Reach the menus"},
            new String[] {"Ctrl+Q", "Quit"});

    private KeyboardShortcutsDialog() {}

    /** Shows the list beside {@code owner}; Close or Escape closes it. */
    static void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("On macOS, Cmd stands for Ctrl.");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints keysColumn = new ColumnConstraints();
        keysColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actionColumn = new ColumnConstraints();
        actionColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keysColumn, actionColumn);
        for (int row = 0; row < SHORTCUTS.size(); row++) {
            Label keys = new Label(SHORTCUTS.get(row)[0]);
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(SHORTCUTS.get(row)[1]);
            action.setWrapText(true);
            action.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row, keys, action);
        }
        ScrollPane scroller = new ScrollPane(grid);
        scroller.setFitToWidth(true);
        scroller.setPrefViewportHeight(420);
        scroller.getStyleClass().add("shortcuts");
        dialog.getDialogPane().setContent(scroller);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
    }
}
