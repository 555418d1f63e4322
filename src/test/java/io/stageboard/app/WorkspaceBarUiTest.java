package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo workspace's bar, whose sentence is the longest any workspace shows (the window tests open a sandbox
 * account): at the smallest window size the badge keeps its word and the sentence wraps rather than ending in "…".
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceBarUiTest {

    private Stage stage;
    private HBox bar;

    /**
     * A stage of its own: the primary stage is shared by every UI test (another test's window placement still listens
     * to it), and one left 700 wide hides columns from the next.
     */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        bar = WindowBars.workspaceBar(new Workspace(Workspace.Kind.DEMO, "Demo workspace", null, null, null), null);
        Scene scene = new Scene(bar, 700, 120);
        scene.getStylesheets()
                .add(Objects.requireNonNull(getClass().getResource("/io/stageboard/ui/stageboard.css"))
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    @Test
    void theDemoBarHoldsItsWordsFromTheWidestToTheNarrowestWindow() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1920, 1280, 1024, 700}) {
            WaitForAsyncUtils.asyncFx(() -> stage.setWidth(width)).get();
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(WaitForAsyncUtils.asyncFx(
                            () -> LayoutAudit.of(stage, "demo workspace bar at " + width + " wide", width, 700))
                    .get());
        }
        Label badge = (Label) bar.lookup("#workspace-badge");

        assertThat(problems).isEmpty();
        assertThat(badge.getText()).isEqualTo("DEMO");
    }
}
