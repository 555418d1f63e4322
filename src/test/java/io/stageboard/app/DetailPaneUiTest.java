package io.stageboard.app;

import static io.stageboard.app.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.LoadStatus;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Drives the detail pane in the real window, headless, against the sandbox over HTTP. */
class DetailPaneUiTest extends WindowTestBase {

    DetailPaneUiTest() {
        super(60, 13);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private ListCell<CardModel> firstCard(FxRobot robot) throws Exception {
        fixture.waitForBoard();
        return fixture.cardsIn(robot, "lead-new").get(0);
    }

    private String openFirstCard(FxRobot robot) throws Exception {
        ListCell<CardModel> cell = firstCard(robot);
        String id = cell.getItem().id();
        robot.doubleClickOn(cell, MouseButton.PRIMARY);
        waitUntil(() -> window.detail().statusProperty().get() == LoadStatus.LOADED);
        return id;
    }

    @Test
    void doubleClickOpensTheCardAndANoteTypedThereLandsOnLever(FxRobot robot) throws Exception {
        String id = openFirstCard(robot);
        assertThat(robot.lookup("#detail-name").queryAs(Label.class).getText())
                .isEqualTo(fixture.onLever(id).name());

        robot.clickOn("#note-editor").write("Strong <b>systems</b> background");
        robot.clickOn("#note-save");

        waitUntil(() ->
                sandbox.data().notes(id).stream().anyMatch(n -> n.value().equals("Strong <b>systems</b> background")));
        waitUntil(() -> !window.detail().notes().notes().isEmpty()
                && window.detail().notes().notes().get(0).body().equals("Strong <b>systems</b> background"));
        assertThat(robot.lookup(".note-body").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Strong <b>systems</b> background");
    }

    @Test
    void enterOpensTheCardAndATypedTagBecomesAChipOnLeverAndTheBoard(FxRobot robot) throws Exception {
        ListCell<CardModel> cell = firstCard(robot);
        String id = cell.getItem().id();
        robot.clickOn(cell).type(KeyCode.ENTER);
        waitUntil(() -> window.detail().statusProperty().get() == LoadStatus.LOADED);

        robot.clickOn("#tag-input").write("Acme Shortlist").type(KeyCode.ENTER);

        waitUntil(() -> fixture.onLever(id).tags().contains("Acme Shortlist"));
        waitUntil(() -> robot.lookup(".detail-tag-chip").queryAllAs(Button.class).stream()
                .anyMatch(b -> "Acme Shortlist".equals(b.getUserData())));
        waitUntil(() -> window.board().card(id).orElseThrow().tags().contains("Acme Shortlist"));
    }

    @Test
    void aTagChipIsRemovedWithTheKeyboard(FxRobot robot) throws Exception {
        String id = firstCard(robot).getItem().id();
        sandbox.data().addTags(id, List.of("Acme Remove Me"), null);
        openFirstCard(robot);
        Button chip = robot.lookup(".detail-tag-chip").queryAllAs(Button.class).stream()
                .filter(b -> "Acme Remove Me".equals(b.getUserData()))
                .findFirst()
                .orElseThrow();

        robot.interact(chip::requestFocus);
        robot.type(KeyCode.DELETE);

        waitUntil(() -> !fixture.onLever(id).tags().contains("Acme Remove Me"));
        waitUntil(() -> robot.lookup(".detail-tag-chip").queryAllAs(Button.class).stream()
                .noneMatch(b -> "Acme Remove Me".equals(b.getUserData())));
    }
}
