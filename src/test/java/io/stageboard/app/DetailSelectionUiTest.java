package io.stageboard.app;

import static io.stageboard.app.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.LoadStatus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The details pane and the board's selection agree (issue 12, items 4, 10 and 11): the pane shows exactly the
 * selected card, from the top, follows the selection, closes with Escape, and its tag suggestions open only while
 * the user types.
 */
class DetailSelectionUiTest extends WindowTestBase {

    DetailSelectionUiTest() {
        super(60, 13);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private ListCell<CardModel> cell(FxRobot robot, String id) {
        return fixture.cardsIn(robot, "lead-new").stream()
                .filter(c -> c.getItem().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private void waitForDetailsOf(String id) throws Exception {
        waitUntil(() -> window.detail().statusProperty().get() == LoadStatus.LOADED
                && window.detail().snapshotProperty().get() != null
                && window.detail().snapshotProperty().get().id().equals(id));
    }

    @Test
    void thePaneShowsTheSelectedCardFromTheTopFollowsTheSelectionAndClosesWithEscape(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        List<ListCell<CardModel>> leads = fixture.cardsIn(robot, "lead-new");
        String first = leads.get(0).getItem().id();
        String second = leads.get(2).getItem().id();

        robot.clickOn(leads.get(0)).type(KeyCode.ENTER);
        waitForDetailsOf(first);
        ScrollPane pane = robot.lookup("#detail-pane").queryAs(ScrollPane.class);
        robot.clickOn("#tag-input").write("Pane follows").type(KeyCode.ENTER);
        waitUntil(() -> window.board().card(first).orElseThrow().tags().contains("Pane follows"));
        assertThat(window.board().selection().snapshot()).containsExactly(first);
        assertThat(window.detail().snapshotProperty().get().id()).isEqualTo(first);
        robot.interact(() -> pane.setVvalue(1));

        robot.clickOn(cell(robot, second));
        waitForDetailsOf(second);
        assertThat(window.board().selection().snapshot()).containsExactly(second);
        assertThat(pane.getVvalue()).as("another candidate opens at the top").isZero();

        robot.type(KeyCode.ESCAPE);
        assertThat(window.board().selection().snapshot()).isEmpty();
        assertThat(window.detail().openProperty().get()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(window.detail().openProperty().get()).isFalse();
    }

    @Test
    void tagSuggestionsOpenOnlyWhileTypingAndAClickElsewhereReachesTheNoteBox(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        ListCell<CardModel> card = fixture.cardsIn(robot, "lead-new").get(0);
        String id = card.getItem().id();
        robot.doubleClickOn(card);
        waitForDetailsOf(id);

        robot.clickOn("#tag-input");
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".auto-complete-popup").tryQuery())
                .as("no list on focus")
                .isEmpty();

        robot.write("S");
        waitUntil(() -> robot.lookup(".auto-complete-popup").tryQuery().isPresent());

        robot.clickOn(robot.point("#note-editor").atPosition(Pos.CENTER_RIGHT).atOffset(new Point2D(-12, 0)));
        waitUntil(() -> robot.lookup(".auto-complete-popup").tryQuery().isEmpty());
        robot.write("hello");

        assertThat(robot.lookup("#note-editor").queryAs(TextArea.class).getText())
                .isEqualTo("hello");
        assertThat(robot.lookup("#tag-input").queryAs(TextField.class).getText())
                .isEqualTo("S");

        robot.clickOn("#tag-input").write("e");
        waitUntil(() -> robot.lookup(".auto-complete-popup").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".auto-complete-popup").tryQuery().isEmpty());
        assertThat(window.detail().openProperty().get())
                .as("the first Escape closes the list only")
                .isTrue();
    }
}
