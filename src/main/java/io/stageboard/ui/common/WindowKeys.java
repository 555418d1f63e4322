package io.stageboard.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/** What every window of the app does with the keyboard: Escape closes it, and it has a visible Close button. */
public final class WindowKeys {

    private WindowKeys() {}

    /**
     * Closes {@code stage} on Escape. A handler, not a filter: an open menu box or popup inside takes its Escape
     * first. A list or table that has the focus swallows Escape to cancel an edit even when none is going on (the
     * finished job's failures take the focus when its Pause button goes away), so there a filter closes the window
     * unless a cell is being edited.
     */
    public static void closeOnEscape(Stage stage) {
        stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isIdleList(e.getTarget())) {
                e.consume();
                stage.close();
            }
        });
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
    }

    private static boolean isIdleList(Object target) {
        return (target instanceof ListView<?> list && list.getEditingIndex() < 0)
                || (target instanceof TableView<?> table && table.getEditingCell() == null);
    }

    /** A "Close" button that closes the window it is in; the default cancel button, so Escape presses it too. */
    public static Button closeButton() {
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> close.getScene().getWindow().hide());
        return close;
    }
}
