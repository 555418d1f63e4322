package io.stageboard.ui.board;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;

/** The board's menus: a card's context menu, and the window's Move menu, both acting on the selection. */
final class CardMenus {

    private final BoardViewModel board;
    private CardActions actions = CardActions.NONE;
    private ContextMenu showing;

    CardMenus(BoardViewModel board) {
        this.board = board;
    }

    void setActions(CardActions actions) {
        this.actions = actions;
    }

    /**
     * Shows the context menu of {@code card} at a screen point. The card joins the selection first (a right-click on
     * a card outside it selects that card alone), and every item acts on the selection as it was when the menu opened.
     */
    void showContextMenu(Node owner, CardModel card, double screenX, double screenY) {
        if (showing != null) {
            showing.hide();
        }
        if (!board.selection().contains(card.id())) {
            board.selection().select(card.id());
        }
        List<String> ids = board.selection().snapshot();
        String who = ids.size() == 1 ? card.name() : ids.size() + " candidates";
        MenuItem open = item("Open details", () -> {
            board.selection().select(card.id());
            actions.open(card.id());
        });
        Menu moveTo = new Menu("Move " + who + " to");
        for (ColumnModel column : board.columns()) {
            MenuItem stage = item(column.stageName(), () -> board.move(ids, column.stageId()));
            stage.setDisable(ids.size() == 1 && column.stageId().equals(card.getStageId()));
            moveTo.getItems().add(stage);
        }
        MenuItem copy = item("Copy Lever link", () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(card.leverUrl());
            Clipboard.getSystemClipboard().setContent(content);
        });
        MenuItem browse = item("Open in Lever", () -> actions.openInBrowser(card.leverUrl()));
        copy.setDisable(card.leverUrl().isBlank());
        browse.setDisable(card.leverUrl().isBlank());
        showing = new ContextMenu(
                open,
                moveTo,
                item("Add tag…", () -> actions.addTag(ids)),
                item("Archive…", () -> actions.archive(ids)),
                new SeparatorMenuItem(),
                copy,
                browse);
        showing.getStyleClass().add("card-menu");
        showing.show(owner, screenX, screenY);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Fills the window's Move menu, with keyboard shortcuts for the next and previous stage. The stage list is
     * rebuilt each time the menu opens, so it always lists the account's stages; {@code selection} is read when an
     * item is chosen.
     */
    void fillMenuBarMenu(Menu menu, Supplier<List<String>> selection) {
        Menu moveTo = new Menu("Move to");
        MenuItem next = item("Move to next stage", () -> board.moveToNextStage(selection.get()));
        next.setAccelerator(KeyCombination.keyCombination("Shortcut+Right"));
        MenuItem previous = item("Move to previous stage", () -> board.moveToPreviousStage(selection.get()));
        previous.setAccelerator(KeyCombination.keyCombination("Shortcut+Left"));
        menu.getItems().setAll(moveTo, next, previous);
        menu.setOnShowing(e -> moveTo.getItems()
                .setAll(board.columns().stream()
                        .map(column -> item(column.stageName(), () -> board.move(selection.get(), column.stageId())))
                        .toList()));
    }
}
