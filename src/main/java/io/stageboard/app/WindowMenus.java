package io.stageboard.app;

import io.stageboard.ui.board.BoardView;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.settings.AccountsViewModel;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** The main window's menus, one factory each; {@link MainWindow} puts them in the menu bar. */
final class WindowMenus {

    private WindowMenus() {}

    /** Connect an account (when the window manages accounts) and Quit. */
    static Menu file(Stage stage, AccountsViewModel accounts) {
        MenuItem quit = item("Quit", "Shortcut+Q", stage::close);
        Menu file = new Menu("File", null, quit);
        if (accounts != null) {
            file.getItems().add(0, item("Connect Lever account…", null, accounts::connectNew));
        }
        return file;
    }

    /** Undo the last move. */
    static Menu edit(BoardViewModel board) {
        MenuItem undo = item("Undo move", "Shortcut+Z", board::undo);
        undo.disableProperty().bind(board.canUndoProperty().not());
        return new Menu("Edit", null, undo);
    }

    /** Every stage, to move the selected cards to. */
    static Menu move(BoardView boardView) {
        Menu move = new Menu("Move");
        boardView.fillMoveMenu(move);
        return move;
    }

    /** Refresh and the light or dark theme. */
    static Menu view(BoardViewModel board, WindowTheme theme) {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (theme.isDark() ? dark : light).setSelected(true);
        light.setOnAction(e -> theme.choose(false));
        dark.setOnAction(e -> theme.choose(true));
        return new Menu("View", null, item("Refresh", "F5", board::refresh), light, dark);
    }

    /** The board, postings, new-candidate and insights tabs. */
    static Menu pipeline(PipelineTabs tabs) {
        return new Menu(
                "Pipeline",
                null,
                item("Board", "Shortcut+1", () -> tabs.select("board")),
                item("Postings", "Shortcut+2", () -> tabs.select("postings")),
                item("New candidate…", "Shortcut+N", () -> tabs.select("candidate")),
                item("Insights", "Shortcut+4", () -> tabs.select("insights")));
    }

    /** The tag library and the company prefix for new tags. */
    static Menu tags(Runnable openLibrary, Runnable askPrefix) {
        return new Menu(
                "Tags",
                null,
                item("Tag library…", "Shortcut+Shift+T", openLibrary),
                item("Company prefix for new tags…", null, askPrefix));
    }

    /** Keyboard shortcuts (F1) and About Stageboard: version, build date, Java and JavaFX. */
    static Menu help(Stage stage) {
        return new Menu(
                "Help",
                null,
                item("Keyboard shortcuts", "F1", () -> KeyboardShortcutsDialog.show(stage)),
                item("About Stageboard", null, () -> AboutDialog.show(stage)));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
