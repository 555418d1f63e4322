package io.stageboard.ui.detail;

import io.stageboard.api.LeverPermissionException;
import io.stageboard.api.NewNote;
import io.stageboard.api.Note;
import io.stageboard.service.notes.NoteEdit;
import io.stageboard.service.notes.NoteService;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notes of the open opportunity: the list (always re-read from Lever after a write), the editor for a new note
 * or an edit, and the "both notes kept" state when an edit could not delete the original.
 */
public final class NotesViewModel {

    private final NoteService service;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final ZoneId zone;
    private final ObservableList<NoteItem> notes = FXCollections.observableArrayList();
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final BooleanProperty draftSecret = new SimpleBooleanProperty(this, "draftSecret", false);
    private final ReadOnlyObjectWrapper<NoteItem> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyStringWrapper draftError = new ReadOnlyStringWrapper(this, "draftError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Function<String, String> userNames = id -> "";
    private String opportunityId;
    private String undeletedNoteId;

    NotesViewModel(NoteService service, UiExecutor ui, Notifier notifier, ZoneId zone) {
        this.service = service;
        this.ui = ui;
        this.notifier = notifier;
        this.zone = zone;
    }

    /** Shows the notes of another opportunity and forgets the editor and any pending problem. */
    void show(String id, List<Note> loaded, Function<String, String> names) {
        opportunityId = id;
        userNames = names;
        cancelEdit();
        clearProblem();
        apply(loaded);
    }

    /** Reads the notes from Lever again; the list shows the truth after every write. */
    public void reload() {
        String id = opportunityId;
        service.notes(id)
                .whenCompleteAsync(
                        (loaded, error) -> {
                            if (!id.equals(opportunityId)) {
                                return;
                            }
                            if (error != null) {
                                notifier.error("Could not read the notes from Lever: " + Failures.describe(error)
                                        + " The list may be out of date; open the candidate again to retry.");
                            } else {
                                apply(loaded);
                            }
                        },
                        ui);
    }

    private void apply(List<Note> loaded) {
        notes.setAll(loaded.stream().map(this::item).toList());
    }

    private NoteItem item(Note n) {
        String author = n.user() == null ? "API" : userNames.apply(n.user());
        return new NoteItem(
                n.id(),
                author.isEmpty() ? "unknown user" : author,
                DetailSnapshot.time(n.createdAt(), zone),
                n.secret(),
                n.score(),
                n.body());
    }

    /** Puts a note's text in the editor; saving then replaces the note. */
    public void startEdit(NoteItem note) {
        editing.set(note);
        draft.set(note.body());
        draftSecret.set(note.secret());
        draftError.set("");
    }

    /** Empties the editor and leaves edit mode. */
    public void cancelEdit() {
        editing.set(null);
        draft.set("");
        draftSecret.set(false);
        draftError.set("");
    }

    /** Saves the editor: a new note, or the edited text of the note being edited (create first, delete second). */
    public void save() {
        if (busy.get()) {
            return;
        }
        String text = draft.get() == null ? "" : draft.get();
        if (text.isBlank()) {
            draftError.set("A note needs some text; type it in the box above.");
            return;
        }
        draftError.set("");
        NoteItem old = editing.get();
        NewNote note = new NewNote(text, draftSecret.get(), old == null ? null : old.score());
        String id = opportunityId;
        busy.set(true);
        if (old == null) {
            service.add(id, note)
                    .whenCompleteAsync(
                            (created, error) -> {
                                busy.set(false);
                                if (error != null) {
                                    notifier.error("Could not add the note: " + Failures.describe(error)
                                            + " Your text is still in the editor; try again.");
                                } else {
                                    cancelEdit();
                                    notifier.info("Note added.");
                                }
                                reload();
                            },
                            ui);
        } else {
            service.edit(id, old.id(), note)
                    .whenCompleteAsync(
                            (edit, error) -> {
                                busy.set(false);
                                if (error != null) {
                                    notifier.error("Could not save your edit: " + Failures.describe(error)
                                            + " The original note is unchanged and your text is still in the editor.");
                                } else {
                                    cancelEdit();
                                    afterEdit(edit);
                                }
                                reload();
                            },
                            ui);
        }
    }

    private void afterEdit(NoteEdit edit) {
        if (edit.replaced()) {
            notifier.info("Note updated.");
            return;
        }
        undeletedNoteId = edit.oldNoteId();
        problem.set("Your edited note was saved, but Lever refused to delete the original: "
                + deleteRefusal(edit.deleteFailure())
                + " Both notes are on Lever now. Retry the delete, or keep both.");
    }

    /** A 403 on a note usually means it was written in the Lever app, which the API may not delete: say that. */
    private static String deleteRefusal(Throwable error) {
        if (Failures.unwrap(error) instanceof LeverPermissionException denied) {
            return "Lever does not let Stageboard delete this note (notes written in the Lever app can only be deleted"
                    + " there"
                    + (denied.leverMessage() == null
                            ? ""
                            : "; Lever says: " + denied.leverMessage().replaceAll("\\.+$", ""))
                    + ").";
        }
        return Failures.describe(error);
    }

    /** Tries again to delete the original note of an edit whose delete failed. */
    public void retryDelete() {
        String noteId = undeletedNoteId;
        if (noteId == null || busy.get()) {
            return;
        }
        busy.set(true);
        service.delete(opportunityId, noteId)
                .whenCompleteAsync(
                        (done, error) -> {
                            busy.set(false);
                            if (error != null) {
                                problem.set("Lever still refused to delete the original note: " + deleteRefusal(error)
                                        + " Both notes are on Lever. Retry the delete, or keep both.");
                            } else {
                                clearProblem();
                                notifier.info("Original note deleted; only your edited note remains.");
                            }
                            reload();
                        },
                        ui);
    }

    /** Accepts that both the original and the edited note stay on Lever. */
    public void keepBoth() {
        clearProblem();
        notifier.info("Kept both notes.");
    }

    private void clearProblem() {
        undeletedNoteId = null;
        problem.set("");
    }

    /** The question to ask before deleting: deleting a note cannot be undone. */
    public String deleteQuestion(NoteItem note) {
        return "Delete this note by " + note.author() + " from " + note.time() + "? This is permanent: Lever cannot"
                + " restore a deleted note.";
    }

    /** Deletes a note for good (the view has asked for confirmation). */
    public void delete(NoteItem note) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        service.delete(opportunityId, note.id())
                .whenCompleteAsync(
                        (done, error) -> {
                            busy.set(false);
                            if (error != null) {
                                notifier.error("Could not delete the note: " + deleteRefusal(error)
                                        + " The note is still on Lever.");
                            } else {
                                if (editing.get() != null && editing.get().id().equals(note.id())) {
                                    cancelEdit();
                                }
                                notifier.info("Note deleted.");
                            }
                            reload();
                        },
                        ui);
    }

    /** Newest first, as Lever has them after the last read. */
    public ObservableList<NoteItem> notes() {
        return notes;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public BooleanProperty draftSecretProperty() {
        return draftSecret;
    }

    /** The note being edited, or null when the editor writes a new note. */
    public ReadOnlyObjectProperty<NoteItem> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Why the editor's text cannot be saved, or empty. */
    public ReadOnlyStringProperty draftErrorProperty() {
        return draftError.getReadOnlyProperty();
    }

    /** Set while an edit left both notes on Lever: says so, with Retry and Keep both offered. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
