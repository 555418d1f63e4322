package io.stageboard.app;

import io.stageboard.ui.board.BoardView;
import io.stageboard.ui.bulk.BulkWindows;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The Bulk menu: selecting many cards, the bulk action dialog, the opportunities table and the activity log. */
final class BulkMenu {

    private BulkMenu() {}

    /** {@code windows} is asked for when an item is chosen, since the windows are made when the stage is known. */
    static Menu build(Supplier<BulkWindows> windows, BoardView boardView) {
        MenuItem action = new MenuItem("Bulk action on selection…");
        action.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        action.setOnAction(e -> windows.get().bulkAction(boardView.selectedIds()));
        MenuItem column = new MenuItem("Select all in column");
        column.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        column.setOnAction(e -> boardView.selectAllInColumn());
        MenuItem matching = new MenuItem("Select all matching the filters");
        matching.setOnAction(e -> boardView.selectAllMatching());
        MenuItem table = new MenuItem("Opportunities table…");
        table.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        table.setOnAction(e -> windows.get().openTable());
        MenuItem log = new MenuItem("Activity log…");
        log.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        log.setOnAction(e -> windows.get().openActivityLog());
        return new Menu("Bulk", null, action, column, matching, new SeparatorMenuItem(), table, log);
    }
}
