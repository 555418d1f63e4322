package io.stageboard.app;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was last time, if that is still on a screen, and remembers it when the window closes. */
final class WindowPlacement {

    private final UiSettings settings;
    private final Executor background;

    WindowPlacement(UiSettings settings, Executor background) {
        this.settings = settings;
        this.background = background;
    }

    void restoreAndTrack(Stage stage) {
        settings.windowBounds().filter(WindowPlacement::isOnAScreen).ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
        stage.setOnHiding(e -> {
            settings.setWindowBounds(new UiSettings.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
            // Written off the FX thread; the background executor finishes it before the app exits. A window hidden
            // after its workspace shut the executor (a stage another window took over) saves on the spot instead.
            try {
                background.execute(settings::save);
            } catch (RejectedExecutionException closed) {
                settings.save();
            }
        });
    }

    private static boolean isOnAScreen(UiSettings.WindowBounds b) {
        return b.width() > 200
                && b.height() > 150
                && !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height())
                        .isEmpty();
    }
}
