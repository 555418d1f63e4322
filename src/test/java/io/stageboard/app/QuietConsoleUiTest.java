package io.stageboard.app;

import static io.stageboard.app.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.LoadStatus;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A normal session prints no warning (issue 15): JavaFX and ControlsFX report CSS and menu trouble through
 * java.util.logging and the console, so the test listens to both while it opens the tag suggestions, a card's context
 * menu and the menu bar's menus.
 */
class QuietConsoleUiTest extends WindowTestBase {

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private PrintStream originalErr;

    QuietConsoleUiTest() {
        super(40, 17);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(handler);
        originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopListening() {
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(handler);
    }

    @Test
    void tagSuggestionsMenusAndContextMenusLogNoWarning(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        ListCell<CardModel> card = fixture.cardsIn(robot, "lead-new").get(0);
        String id = card.getItem().id();
        robot.doubleClickOn(card);
        waitUntil(() -> window.detail().statusProperty().get() == LoadStatus.LOADED
                && window.detail().snapshotProperty().get() != null
                && window.detail().snapshotProperty().get().id().equals(id));

        robot.clickOn("#tag-input").write("S");
        waitUntil(() -> robot.lookup(".auto-complete-popup").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".auto-complete-popup").tryQuery().isEmpty());
        for (int i = 0; i < 2; i++) {
            robot.clickOn(fixture.cardsIn(robot, "lead-new").get(1), MouseButton.SECONDARY);
            robot.type(KeyCode.ESCAPE);
            for (String menu : List.of("Move", "Bulk", "Help")) {
                robot.clickOn(menu);
                robot.type(KeyCode.ESCAPE);
            }
        }

        assertThat(warnings).as("java.util.logging warnings").isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .as("console")
                .doesNotContain("WARNING")
                .doesNotContain("Exception");
    }

    /** Writes to the real console and to a buffer the test reads. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
