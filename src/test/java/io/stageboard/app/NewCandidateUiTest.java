package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Fills the new-candidate form in the real window, headless, and checks the candidate on the sandbox. */
class NewCandidateUiTest extends WindowTestBase {

    NewCandidateUiTest() {
        super(40, 21);
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private Optional<SandboxModel.Opportunity> onLever(String name) {
        return sandbox.data().opportunities().stream()
                .filter(o -> o.name().equals(name))
                .findFirst();
    }

    @Test
    void fillingTheFormAndPressingCreateAddsTheCandidateToThePostingOnLever(FxRobot robot) throws Exception {
        SandboxModel.Posting posting = sandbox.data().postings().stream()
                .filter(p ->
                        p.state().equals("published") && p.confidentiality().equals("non-confidential"))
                .findFirst()
                .orElseThrow();
        robot.clickOn("New candidate");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#candidate-posting")
                        .queryAs(ComboBox.class)
                        .getItems()
                        .isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#candidate-name").write("Katherine Johnson");
        robot.clickOn("#candidate-emails").write("katherine@nasa.example");
        // The tags field sits below the fold at 800 px: scroll the form down first, as a user would.
        robot.interact(() -> robot.lookup(".new-candidate-view .scroll-pane")
                .queryAs(ScrollPane.class)
                .setVvalue(1));
        robot.clickOn("#candidate-tags").write("Orbital mechanics");
        robot.interact(() -> robot.lookup(".new-candidate-view .scroll-pane")
                .queryAs(ScrollPane.class)
                .setVvalue(0));
        // The board's posting filter lists the same titles, so the posting is chosen with the keyboard.
        int index = window.pipelineTabs().candidate().postingChoices().stream()
                .map(c -> c.value())
                .toList()
                .indexOf(posting.id());
        robot.clickOn("#candidate-posting");
        for (int i = 0; i < index; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String owner = sandbox.data().user(posting.owner()).orElseThrow().name();
        assertThat(robot.lookup("#candidate-perform-as")
                        .queryAs(ComboBox.class)
                        .getValue()
                        .toString())
                .isEqualTo(owner + " (posting owner)");
        assertThat(robot.lookup("#create-candidate").queryAs(Button.class).isDisabled())
                .isFalse();

        robot.clickOn("#create-candidate");

        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> onLever("Katherine Johnson").isPresent());
        SandboxModel.Opportunity created = onLever("Katherine Johnson").orElseThrow();
        assertThat(List.of(created.postingId(), created.stage(), created.sourcedBy(), created.emails(), created.tags()))
                .isEqualTo(List.of(
                        posting.id(),
                        "lead-new",
                        posting.owner(),
                        List.of("katherine@nasa.example"),
                        List.of("Orbital mechanics")));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#candidate-result")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("Created Katherine Johnson"));
        assertThat(robot.lookup("#candidate-result").queryAs(Label.class).getText())
                .isEqualTo("Created Katherine Johnson in New lead for " + posting.text() + " (published).");
    }

    @Test
    void droppingAResumeOnTheFormAttachesItAndFillsTheCandidateFromIt(FxRobot robot) throws Exception {
        Path resume = Files.createTempFile("stageboard-", "-grace.txt");
        Files.writeString(resume, "Grace Hopper\ngrace.hopper@navy.example\n+1 555 0100\n");
        robot.clickOn("New candidate");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#candidate-perform-as")
                        .queryAs(ComboBox.class)
                        .getItems()
                        .isEmpty());
        // A file dragged in from a file manager: a node of the window starts a drag that carries the file.
        Label source = new Label("grace.txt");
        source.setId("drag-source");
        source.setOnDragDetected(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(resume.toFile()));
            source.startDragAndDrop(TransferMode.COPY).setContent(content);
            e.consume();
        });
        robot.interact(() ->
                robot.lookup(".new-candidate-view").queryAs(BorderPane.class).setTop(source));

        robot.drag("#drag-source").dropTo("#candidate-name");

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.pipelineTabs()
                                .candidate()
                                .attachments()
                                .resumeProperty()
                                .get()
                        != null);
        assertThat(robot.lookup("#candidate-resume").queryAs(Label.class).getText())
                .isEqualTo(resume.getFileName() + " (51 bytes)");
        robot.clickOn("#create-candidate");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> onLever("Grace Hopper").isPresent());
        assertThat(onLever("Grace Hopper").orElseThrow().emails()).isEqualTo(List.of("grace.hopper@navy.example"));
        Files.delete(resume);
    }
}
