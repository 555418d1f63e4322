package io.stageboard.app;

import static io.stageboard.app.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel;
import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.LoadStatus;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Edits notes through the real window: Lever cannot update a note, so an edit must never lose text. */
class NoteEditUiTest extends WindowTestBase {

    NoteEditUiTest() {
        super(40, 21);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private String author;

    @org.junit.jupiter.api.BeforeEach
    void actingUser() {
        author = fixture.actingUser();
    }

    private String openFirstCardWithNote(FxRobot robot, String noteText, boolean madeInLeverApp) throws Exception {
        fixture.waitForBoard();
        ListCell<CardModel> cell = fixture.cardsIn(robot, "lead-new").get(0);
        String id = cell.getItem().id();
        sandbox.data().addNote(id, noteText, false, null, author, madeInLeverApp);
        robot.doubleClickOn(cell, MouseButton.PRIMARY);
        waitUntil(() -> window.detail().statusProperty().get() == LoadStatus.LOADED
                && window.detail().notes().notes().stream()
                        .anyMatch(n -> n.body().equals(noteText)));
        return id;
    }

    private void editNote(FxRobot robot, String oldText, String newText) throws Exception {
        Node card = robot.lookup(".note-card").queryAll().stream()
                .filter(n -> n.lookupAll(".note-body").stream()
                        .anyMatch(l -> ((Label) l).getText().equals(oldText)))
                .findFirst()
                .orElseThrow();
        Button edit = card.lookupAll(".button").stream()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("Edit"))
                .findFirst()
                .orElseThrow();
        robot.clickOn(edit);
        robot.clickOn("#note-editor")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write(newText);
        robot.clickOn("#note-save");
    }

    private List<String> notesOnLever(String id) {
        return sandbox.data().notes(id).stream().map(SandboxModel.Note::value).toList();
    }

    @Test
    void editingANoteReplacesItOnLever(FxRobot robot) throws Exception {
        String id = openFirstCardWithNote(robot, "Phone screen went well", false);

        editNote(robot, "Phone screen went well", "Phone screen went very well; book the on-site");

        waitUntil(() -> notesOnLever(id).contains("Phone screen went very well; book the on-site")
                && !notesOnLever(id).contains("Phone screen went well"));
        waitUntil(() -> window.detail().notes().notes().stream()
                .anyMatch(n -> n.body().equals("Phone screen went very well; book the on-site")));
        assertThat(window.detail().notes().notes()).noneMatch(n -> n.body().equals("Phone screen went well"));
    }

    @Test
    void editingANoteLeverWillNotDeleteKeepsBothAndSaysSo(FxRobot robot) throws Exception {
        String id = openFirstCardWithNote(robot, "Written in the Lever app", true);

        editNote(robot, "Written in the Lever app", "Written in the Lever app, then corrected");

        waitUntil(() -> robot.lookup("#note-problem").queryAs(Label.class).isVisible());
        assertThat(notesOnLever(id)).contains("Written in the Lever app", "Written in the Lever app, then corrected");
        assertThat(robot.lookup("#note-problem").queryAs(Label.class).getText()).contains("Lever");
    }
}
