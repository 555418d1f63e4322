package io.stageboard.app;

import static io.stageboard.app.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel;
import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.LoadStatus;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Selects cards on the real window and bulk-tags them through the dialog, headless, against the sandbox. */
class BulkUiTest extends WindowTestBase {

    private static final String TAG = "UI bulk";

    BulkUiTest() {
        super(80, 11);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private List<String> activeOnLeverIn(String stageId) {
        return sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential")
                        && !o.isArchived()
                        && o.stage().equals(stageId))
                .map(SandboxModel.Opportunity::id)
                .toList();
    }

    @Test
    void selectingAColumnAndBulkTaggingThroughTheDialogTagsEveryCardOnLever(FxRobot robot) throws Exception {
        waitUntil(() -> window.board().getStatus() == LoadStatus.LOADED);
        @SuppressWarnings("unchecked")
        ListCell<CardModel> first =
                (ListCell<CardModel>) robot.lookup("#column-lead-new").query().lookup(".opportunity-cell");
        List<String> ids = activeOnLeverIn("lead-new");

        robot.clickOn(first);
        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.A); // Bulk › Select all in column
        robot.push(KeyCode.SHORTCUT, KeyCode.B); // Bulk › Bulk action on selection…
        waitUntil(() -> robot.lookup("#bulk-tags").tryQuery().isPresent());
        robot.clickOn("#bulk-tags").write(TAG);
        waitUntil(() -> robot.lookup("#bulk-preview")
                .queryAs(Label.class)
                .getText()
                .startsWith("Add tag \"" + TAG + "\" to " + ids.size() + " candidates"));
        robot.clickOn("Run");

        waitUntil(() -> robot.lookup("#bulk-report")
                .tryQuery()
                .map(n -> ((Label) n).getText().endsWith("0 failed."))
                .orElse(false));
        assertThat(robot.lookup("#bulk-report").queryAs(Label.class).getText())
                .isEqualTo("Add tag \"" + TAG + "\" to " + ids.size() + " candidates: " + ids.size()
                        + " succeeded, 0 unchanged, 0 failed.");
        assertThat(ids)
                .allSatisfy(id -> assertThat(
                                sandbox.data().opportunity(id).orElseThrow().tags())
                        .containsOnlyOnce(TAG));
        assertThat(ids)
                .allSatisfy(id ->
                        assertThat(window.board().card(id).orElseThrow().tags()).contains(TAG));
    }
}
