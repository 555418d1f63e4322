package io.stageboard.app;

import static io.stageboard.app.LayoutAuditUiTest.opened;
import static io.stageboard.app.LayoutAuditUiTest.runFx;
import static io.stageboard.app.WindowFixture.waitUntil;

import io.stageboard.ui.board.CardModel;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** Opens the main window's other windows the way a user does, from its menu bar, for the TestFX tests. */
final class MenuWindows {

    private MenuWindows() {}

    /** Every item of the main window's menu bar. */
    static Stream<MenuItem> items(Stage stage) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream());
    }

    /** Fires the main window's menu item of that text and returns the window it opens. */
    static Window open(Stage stage, String text) throws Exception {
        MenuItem item = items(stage)
                .filter(i -> text.equals(i.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text));
        return opened(item::fire);
    }

    /** Selects the first four cards and opens the bulk action dialog on them with {@code tag} typed. */
    static Window bulkAction(FxRobot robot, Stage stage, MainWindow window, String tag) throws Exception {
        List<String> ids = window.board().columns().stream()
                .flatMap(c -> c.cards().stream())
                .limit(4)
                .map(CardModel::id)
                .toList();
        runFx(() -> {
            window.board().selection().select(ids.get(0));
            ids.forEach(id -> window.board().selection().toggle(id));
            ids.forEach(id -> window.board().selection().toggle(id));
        });
        Window bulk = open(stage, "Bulk action on selection…");
        runFx(() -> robot.lookup("#bulk-tags").queryAs(TextArea.class).setText(tag));
        return bulk;
    }

    /** Runs the job of an open bulk action dialog and returns the job's window once its report is written. */
    static Window finishedJob(FxRobot robot, Window bulk) throws Exception {
        runFx(() -> robot.from(bulk.getScene().getRoot())
                .lookup("Run")
                .queryButton()
                .fire());
        waitUntil(() -> jobWindow()
                .filter(w -> !robot.from(w.getScene().getRoot())
                        .lookup("#bulk-report")
                        .queryLabeled()
                        .getText()
                        .isEmpty())
                .isPresent());
        return jobWindow().orElseThrow();
    }

    private static java.util.Optional<Window> jobWindow() {
        return Window.getWindows().stream()
                .filter(w ->
                        w.isShowing() && w.getScene().getRoot().getStyleClass().contains("bulk-job"))
                .findFirst();
    }
}
