package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's place is remembered on hiding, even once the workspace's background executor has shut down. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementUiTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage primary) {}

    @Test
    void aWindowHiddenAfterItsExecutorShutDownStillSavesItsPlace() throws Exception {
        Path file = folder.resolve("settings.properties");
        UiSettings settings = UiSettings.load(file);
        Executor shutDown = task -> {
            throw new RejectedExecutionException("shut down");
        };
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    s.setScene(new Scene(new Pane(), 640, 480));
                    new WindowPlacement(settings, shutDown).restoreAndTrack(s);
                    s.show();
                    return s;
                })
                .get();

        WaitForAsyncUtils.asyncFx(stage::hide).get();

        assertThat(UiSettings.load(file).windowBounds().map(b -> List.of(b.width(), b.height())))
                .contains(List.of(640.0, 480.0));
    }
}
