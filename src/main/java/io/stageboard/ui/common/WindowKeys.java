package io.stageboard.ui.common;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/** What every window of the app does with the keyboard: Escape closes it, and it has a visible Close button. */
public final class WindowKeys {

    private WindowKeys() {}

    /**
     * Closes {@code stage} on Escape. A handler, not a filter: an open menu box or popup inside takes its Escape
     * first.
     */
    public static void closeOnEscape(Stage stage) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
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
