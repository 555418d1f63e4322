package io.stageboard.ui.detail;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The notes section: an editor (new note or edit), the "both notes kept" banner with Retry and Keep both, and the
 * notes newest first. Note text is shown in labels, never as HTML, so markup in a note stays text.
 */
final class NotesView extends VBox {

    private final NotesViewModel notes;
    private final VBox list = new VBox(8);

    NotesView(NotesViewModel notes) {
        super(8);
        this.notes = notes;
        getStyleClass().add("detail-notes");
        Label title = new Label("Notes");
        title.getStyleClass().add("detail-section-title");
        getChildren().addAll(title, editor(), problemBanner(), list);
        notes.notes().addListener((ListChangeListener<NoteItem>) c -> rebuild());
        rebuild();
    }

    private VBox editor() {
        TextArea text = new TextArea();
        text.setId("note-editor");
        text.setPromptText("Write a note (plain text)");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(notes.draftProperty());
        CheckBox secret = new CheckBox("Secret");
        secret.setId("note-secret");
        secret.selectedProperty().bindBidirectional(notes.draftSecretProperty());
        Button save = new Button();
        save.setId("note-save");
        save.textProperty()
                .bind(Bindings.when(notes.editingProperty().isNull())
                        .then("Add note")
                        .otherwise("Save edit"));
        save.disableProperty().bind(notes.busyProperty());
        save.setOnAction(e -> notes.save());
        Button cancel = new Button("Cancel edit");
        cancel.visibleProperty().bind(notes.editingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> notes.cancelEdit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, secret, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label error = errorLabel();
        error.textProperty().bind(notes.draftErrorProperty());
        return new VBox(6, text, buttons, error);
    }

    private VBox problemBanner() {
        Label message = new Label();
        message.setId("note-problem");
        message.setWrapText(true);
        message.textProperty().bind(notes.problemProperty());
        Button retry = new Button("Retry delete");
        retry.setId("note-retry");
        retry.setOnAction(e -> notes.retryDelete());
        Button keep = new Button("Keep both");
        keep.setOnAction(e -> notes.keepBoth());
        VBox banner = new VBox(6, message, new HBox(8, retry, keep));
        banner.getStyleClass().add("detail-problem");
        banner.visibleProperty().bind(notes.problemProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void rebuild() {
        if (notes.notes().isEmpty()) {
            list.getChildren().setAll(new Label("No notes yet."));
            return;
        }
        list.getChildren().setAll(notes.notes().stream().map(this::card).toList());
    }

    private VBox card(NoteItem note) {
        Label header = new Label(note.header());
        header.getStyleClass().add("note-header");
        // Author · date · Secret wraps in a narrow pane instead of ending in "…".
        header.setWrapText(true);
        Label body = new Label(note.body());
        body.getStyleClass().add("note-body");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        Button edit = new Button("Edit");
        edit.setOnAction(e -> notes.startEdit(note));
        Button delete = new Button("Delete…");
        delete.setOnAction(e -> confirmDelete(note));
        HBox actions = new HBox(6, edit, delete);
        actions.disableProperty().bind(notes.busyProperty());
        VBox card = new VBox(4, header, body, actions);
        card.getStyleClass().add("note-card");
        card.setAccessibleText("Note by " + note.header() + ": " + note.body());
        return card;
    }

    private void confirmDelete(NoteItem note) {
        ButtonType delete = new ButtonType("Delete for good", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, notes.deleteQuestion(note), delete, ButtonType.CANCEL);
        alert.setHeaderText("Delete note");
        alert.initOwner(getScene().getWindow());
        alert.showAndWait().filter(delete::equals).ifPresent(b -> notes.delete(note));
    }

    static Label errorLabel() {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
