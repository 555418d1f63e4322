package io.stageboard.app;

import static io.stageboard.app.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every window closes with Escape and shows a way to close it (issue 15), and Help › Keyboard shortcuts lists every
 * shortcut of the menus.
 */
class WindowEscapeUiTest extends WindowTestBase {

    WindowEscapeUiTest() {
        super(40, 23);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void everyWindowShowsACloseButtonAndClosesWithEscape(FxRobot robot) throws Exception {
        fixture.waitForBoard();

        escapeCloses(robot, "bulk action", MenuWindows.bulkAction(robot, stage, window, "Escape test"), "Cancel");
        Window bulk = MenuWindows.bulkAction(robot, stage, window, "Escape test");
        escapeCloses(robot, "finished job", MenuWindows.finishedJob(robot, bulk), "Close");
        for (String item : List.of("Activity log…", "Opportunities table…", "Tag library…", "Keyboard shortcuts")) {
            escapeCloses(robot, item, MenuWindows.open(stage, item), "Close");
        }
        escapeCloses(robot, "about", MenuWindows.open(stage, "About Stageboard"), "Close");
        escapeCloses(robot, "company prefix", MenuWindows.open(stage, "Company prefix for new tags…"), "Cancel");
    }

    @Test
    void theShortcutListNamesEveryMenuShortcut() {
        List<Set<String>> listed = KeyboardShortcutsDialog.SHORTCUTS.stream()
                .flatMap(row -> Arrays.stream(row[0].split(", | or | ")))
                .map(WindowEscapeUiTest::keys)
                .toList();

        List<String> missing = MenuWindows.items(stage)
                .filter(i -> i.getAccelerator() != null)
                .map(i -> i.getText() + " (" + i.getAccelerator().getDisplayText() + ")")
                .filter(text -> !listed.contains(keys(text.substring(text.lastIndexOf('(') + 1, text.length() - 1))))
                .toList();

        assertThat(missing).isEmpty();
        assertThat(listed).contains(Set.of("F1"));
    }

    /** The keys of a combination, in any order, with arrows as the list writes them: "Ctrl+Right" → {Ctrl, →}. */
    private static Set<String> keys(String combination) {
        return Arrays.stream(combination.split("\\+"))
                .map(k -> k.replace("Right", "→").replace("Left", "←").replace("Shortcut", "Ctrl"))
                .collect(Collectors.toSet());
    }

    private void escapeCloses(FxRobot robot, String which, Window opened, String button) throws Exception {
        assertThat(opened.getScene().getRoot().lookupAll(".button").stream()
                        .filter(b -> b instanceof Button && b.isVisible())
                        .map(b -> ((Button) b).getText()))
                .as(which + " shows a way to close it")
                .contains(button);
        LayoutAuditUiTest.runFx(opened::requestFocus);

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> !opened.isShowing());
    }
}
