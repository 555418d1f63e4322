package io.stageboard.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes in the detail pane against the sandbox: no text is ever lost, and the list shows what Lever has. */
class NotesViewModelTest extends DetailTestBase {

    private NotesViewModel notes;

    private String openWithApiNote(String text) {
        String id = openSome();
        notes = detail.notes();
        notes.draftProperty().set(text);
        notes.save();
        background.runAll();
        return id;
    }

    private NoteItem shown(String body) {
        return notes.notes().stream()
                .filter(n -> n.body().equals(body))
                .findFirst()
                .orElseThrow();
    }

    /** How the activity log words an added note, a deleted one, and a note in before/after. */
    private static String added(String text, String name) {
        return "Add note \u201c" + text + "\u201d to " + name + " | no note -> note: \u201c" + text
                + "\u201d | Succeeded";
    }

    private static String deleted(String text, String name) {
        return "Delete note \u201c" + text + "\u201d from " + name + " | note: \u201c" + text + "\u201d -> no note"
                + " | Succeeded";
    }

    private List<String> with(List<String> texts, String... more) {
        List<String> all = new ArrayList<>(texts);
        all.addAll(List.of(more));
        return all.stream().sorted().toList();
    }

    @Test
    void addedNoteIsOnLeverAndShownNewestFirstAsPlainText() {
        String id = openSome();
        notes = detail.notes();
        List<String> before = noteTextsOnLever(id);
        String html = "<b>Strong</b> <script>alert(1)</script> — 日本語 ok";

        notes.draftProperty().set(html);
        notes.draftSecretProperty().set(true);
        notes.save();
        background.runAll();

        assertThat(noteTextsOnLever(id)).isEqualTo(with(before, html));
        assertThat(notes.notes().get(0).body()).isEqualTo(html);
        assertThat(notes.notes().get(0).secret()).isTrue();
        assertThat(notes.draftProperty().get()).isEmpty();
        assertThat(noteTextsShown()).isEqualTo(noteTextsOnLever(id));
    }

    @Test
    void blankNoteIsRefusedWithoutARequest() {
        openSome();
        notes = detail.notes();
        notes.draftProperty().set("  \n ");

        notes.save();

        assertThat(background.queued()).isZero();
        assertThat(notes.draftErrorProperty().get()).isEqualTo("A note needs some text; type it in the box above.");
    }

    @Test
    void editingReplacesTheNoteOnLever() {
        String id = openWithApiNote("Call on Monday");
        List<String> others = noteTextsOnLever(id).stream()
                .filter(t -> !t.equals("Call on Monday"))
                .toList();

        notes.startEdit(shown("Call on Monday"));
        notes.draftProperty().set("Call on Tuesday");
        notes.save();
        background.runAll();

        assertThat(noteTextsOnLever(id)).isEqualTo(with(others, "Call on Tuesday"));
        assertThat(noteTextsShown()).isEqualTo(noteTextsOnLever(id));
        assertThat(notes.editingProperty().get()).isNull();
        assertThat(notifier.infos).last().isEqualTo("Note updated.");
        assertThat(activity())
                .as("the edit's two steps, newest first, after the first add")
                .isEqualTo(List.of(
                        deleted("Call on Monday", nameOf(id)),
                        added("Call on Tuesday", nameOf(id)),
                        added("Call on Monday", nameOf(id))));
    }

    @Test
    void editWhoseCreateFailsLeavesTheOldNoteAndKeepsTheTextInTheEditor() {
        String id = openWithApiNote("Call on Monday");
        List<String> before = noteTextsOnLever(id);
        sandbox.faults().next("POST", "/opportunities/*/notes", Fault.status(503));

        notes.startEdit(shown("Call on Monday"));
        notes.draftProperty().set("Call on Tuesday");
        notes.save();
        background.runAll();

        assertThat(noteTextsOnLever(id)).isEqualTo(before);
        assertThat(notes.draftProperty().get()).isEqualTo("Call on Tuesday");
        assertThat(notes.editingProperty().get().body()).isEqualTo("Call on Monday");
        assertThat(notifier.errors)
                .last()
                .asString()
                .startsWith("Could not save your edit: ")
                .endsWith(" The original note is unchanged and your text is still in the editor.");
        List<String> log = activity();
        assertThat(log).as("the delete step was never sent").hasSize(2);
        assertThat(log.get(0))
                .startsWith("Add note \u201cCall on Tuesday\u201d to " + nameOf(id) + " | no note ->  | Failed | ");
    }

    @Test
    void editOfANoteMadeInTheLeverAppKeepsBothAndSaysSo() {
        String id = openSome();
        notes = detail.notes();
        sandbox.data().addNote(id, "Written in the app", false, null, actingUser, true);
        notes.reload();
        background.runAll();
        List<String> before = noteTextsOnLever(id);

        notes.startEdit(shown("Written in the app"));
        notes.draftProperty().set("Written in the app, edited");
        notes.save();
        background.runAll();

        assertThat(noteTextsOnLever(id)).isEqualTo(with(before, "Written in the app, edited"));
        assertThat(noteTextsShown()).isEqualTo(noteTextsOnLever(id));
        List<String> log = activity();
        assertThat(log.get(1)).isEqualTo(added("Written in the app, edited", nameOf(id)));
        assertThat(log.get(0))
                .as("a permanent failure with Lever's message")
                .startsWith("Delete note \u201cWritten in" + " the app\u201d from " + nameOf(id)
                        + " | note: \u201cWritten in the app\u201d ->  | Failed | ")
                .contains("Notes created in the Lever app cannot be deleted through the API");
        assertThat(notes.problemProperty().get())
                .isEqualTo("Your edited note was saved, but Lever refused to"
                        + " delete the original: Lever does not let Stageboard delete this note (notes written in the Lever"
                        + " app can only be deleted there; Lever says: Notes created in the Lever app cannot be deleted"
                        + " through the API). Both notes are on Lever now. Retry the delete, or keep both.");

        notes.keepBoth();

        assertThat(notes.problemProperty().get()).isEmpty();
        assertThat(noteTextsOnLever(id)).isEqualTo(with(before, "Written in the app, edited"));
    }

    @Test
    void retryAfterAFailedDeleteRemovesTheOriginal() {
        String id = openWithApiNote("Call on Monday");
        List<String> others = noteTextsOnLever(id).stream()
                .filter(t -> !t.equals("Call on Monday"))
                .toList();
        sandbox.faults().next("DELETE", "/opportunities/*/notes/*", Fault.status(503));

        notes.startEdit(shown("Call on Monday"));
        notes.draftProperty().set("Call on Tuesday");
        notes.save();
        background.runAll();

        assertThat(noteTextsOnLever(id)).isEqualTo(with(others, "Call on Monday", "Call on Tuesday"));
        assertThat(notes.problemProperty().get()).contains("Both notes are on Lever now.");

        notes.retryDelete();
        background.runAll();

        assertThat(noteTextsOnLever(id)).isEqualTo(with(others, "Call on Tuesday"));
        assertThat(noteTextsShown()).isEqualTo(noteTextsOnLever(id));
        assertThat(notes.problemProperty().get()).isEmpty();
    }

    @Test
    void deletingANoteRemovesItFromLeverAndTheConfirmationSaysItIsPermanent() {
        String id = openWithApiNote("Obsolete remark");
        NoteItem item = shown("Obsolete remark");

        assertThat(notes.deleteQuestion(item)).endsWith("This is permanent: Lever cannot restore a deleted note.");
        notes.delete(item);
        background.runAll();

        assertThat(sandbox.data().notes(id))
                .extracting(SandboxModel.Note::value)
                .doesNotContain("Obsolete remark");
        assertThat(noteTextsShown()).isEqualTo(noteTextsOnLever(id));
        assertThat(activity())
                .isEqualTo(List.of(deleted("Obsolete remark", nameOf(id)), added("Obsolete remark", nameOf(id))));
    }
}
