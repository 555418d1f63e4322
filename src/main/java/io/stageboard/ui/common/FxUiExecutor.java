package io.stageboard.ui.common;

import javafx.application.Platform;

/** Runs tasks on the JavaFX application thread, in the order they were submitted. */
public final class FxUiExecutor implements UiExecutor {

    @Override
    public void execute(Runnable task) {
        // Always queue, even on the FX thread, so results arrive in submission order.
        Platform.runLater(task);
    }
}
