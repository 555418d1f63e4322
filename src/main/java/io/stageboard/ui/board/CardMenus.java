package io.stageboard.ui.board;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.function.Supplier;

/** The "Move to…" menus of the board: a card's context menu and the window's Move menu share these items. */
final class CardMenus {

    private final BoardViewModel board;

    CardMenus(BoardViewModel board) {
        this.board = board;
    }

    /** A context menu acting on the cards {@code selection} returns when an item is chosen. */
    ContextMenu contextMenu(Supplier<List<String>> selection) {
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> menu.getItems().setAll(items(selection)));
        return menu;
    }

    /**
     * Fills the window's Move menu, with keyboard shortcuts for the next and previous stage. The stage list is
     * rebuilt each time the menu opens, so it always lists the account's stages.
     */
    void fillMenuBarMenu(Menu menu, Supplier<List<String>> selection) {
        List<MenuItem> items = items(selection);
        items.get(1).setAccelerator(KeyCombination.keyCombination("Shortcut+Right"));
        items.get(2).setAccelerator(KeyCombination.keyCombination("Shortcut+Left"));
        menu.getItems().setAll(items);
        menu.setOnShowing(e -> {
            Menu moveTo = (Menu) menu.getItems().get(0);
            moveTo.getItems().setAll(((Menu) items(selection).get(0)).getItems());
        });
    }

    private List<MenuItem> items(Supplier<List<String>> selection) {
        Menu moveTo = new Menu("Move to");
        for (ColumnModel column : board.columns()) {
            MenuItem item = new MenuItem(column.stageName());
            item.setOnAction(e -> board.move(selection.get(), column.stageId()));
            moveTo.getItems().add(item);
        }
        MenuItem next = new MenuItem("Move to next stage");
        next.setOnAction(e -> board.moveToNextStage(selection.get()));
        MenuItem previous = new MenuItem("Move to previous stage");
        previous.setOnAction(e -> board.moveToPreviousStage(selection.get()));
        return List.of(moveTo, next, previous);
    }
}
