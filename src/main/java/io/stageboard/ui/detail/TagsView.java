package io.stageboard.ui.detail;

import io.stageboard.api.Tag;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PopupControl;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The tags section: chips (a click, Delete or Backspace removes one; the context menu renames it), and an add field
 * that completes from the account's tags with their counts.
 */
final class TagsView extends VBox {

    private final TagsViewModel tags;
    private final FlowPane chips = new FlowPane(6, 6);

    TagsView(TagsViewModel tags) {
        super(6);
        this.tags = tags;
        Label title = new Label("Tags");
        title.getStyleClass().add("detail-section-title");
        chips.setId("detail-tags");
        getChildren().addAll(title, chips, addField());
        tags.tags().addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    private VBox addField() {
        TextField field = new TextField();
        field.setId("tag-input");
        field.setPromptText("Add a tag");
        field.textProperty().bindBidirectional(tags.inputProperty());
        field.setOnAction(e -> tags.addTyped());
        // Suggestions open only while the user types here: not on focus, not after a tag is added (the field is then
        // reset to the prefix), and they close on Escape, on Enter or when the focus goes elsewhere.
        AtomicBoolean typing = new AtomicBoolean();
        field.addEventFilter(
                KeyEvent.KEY_TYPED,
                e -> typing.set(!e.getCharacter().isEmpty()
                        && !e.getCharacter().equals("\r")
                        && !e.getCharacter().equals("\u001b")));
        AutoCompletionBinding<Tag> completion = TextFields.bindAutoCompletion(
                field,
                request -> typing.get() ? tags.suggestions(request.getUserText()) : List.of(),
                new StringConverter<>() {
                    @Override
                    public String toString(Tag tag) {
                        return tag == null ? "" : tag.text() + "  (" + tag.count() + ")";
                    }

                    @Override
                    public Tag fromString(String text) {
                        return null;
                    }
                });
        // The popup shows counts; the field must receive the bare tag.
        completion.setOnAutoCompleted(e -> {
            typing.set(false);
            field.setText(e.getCompletion().text());
            field.positionCaret(field.getText().length());
        });
        PopupControl popup = completion.getAutoCompletionPopup();
        // ControlsFX's own stylesheet for the list reads Modena colours that AtlantaFX does not define, and as the
        // list's own stylesheet it wins over the app's: JavaFX logs a ClassCastException for it. The app's stylesheet
        // styles the list instead.
        popup.skinProperty().addListener((o, was, skin) -> {
            if (skin != null && skin.getNode() instanceof Parent list) {
                list.getStylesheets().removeIf(css -> css.endsWith("/autocompletion.css"));
            }
        });
        // A click elsewhere closes the list and still reaches what was clicked (the note box, a button).
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false);
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                typing.set(false);
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.set(false);
            } else if (e.getCode() == KeyCode.ESCAPE && popup.isShowing()) {
                // Escape closes the list only; a second Escape closes the pane.
                typing.set(false);
                popup.hide();
                e.consume();
            }
        });
        Button add = new Button("Add");
        add.setId("tag-add");
        add.disableProperty().bind(tags.busyProperty());
        add.setOnAction(e -> tags.addTyped());
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, field, add);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = NotesView.errorLabel();
        error.setId("tag-error");
        error.textProperty().bind(tags.inputErrorProperty());
        Label hint = new Label();
        hint.setId("tag-hint");
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(tags.inputHintProperty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return new VBox(4, row, error, hint);
    }

    private void rebuild() {
        if (tags.tags().isEmpty()) {
            chips.getChildren().setAll(new Label("No tags."));
            return;
        }
        chips.getChildren().setAll(tags.tags().stream().map(this::chip).toList());
    }

    private Button chip(String tag) {
        Button chip = new Button(tag + "  ✕");
        chip.getStyleClass().addAll("tag-chip", "detail-tag-chip");
        chip.setUserData(tag);
        chip.setAccessibleText("Tag " + tag + ". Press Delete to remove it.");
        chip.setTooltip(new Tooltip("Click or press Delete to remove; right-click to rename"));
        chip.disableProperty().bind(tags.busyProperty());
        chip.setOnAction(e -> tags.remove(tag));
        chip.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                tags.remove(tag);
                e.consume();
            }
        });
        MenuItem rename = new MenuItem("Rename on this candidate…");
        rename.setOnAction(e -> askRename(tag));
        chip.setContextMenu(new ContextMenu(rename));
        return chip;
    }

    private void askRename(String tag) {
        TextInputDialog dialog = new TextInputDialog(tag);
        dialog.initOwner(getScene().getWindow());
        dialog.setHeaderText("Rename \"" + tag + "\" on this candidate. The new tag is added first, then the old one"
                + " removed, so a failure never loses it.");
        dialog.setContentText("New tag:");
        String refusal = null;
        while (true) {
            if (refusal != null) {
                dialog.setHeaderText(refusal);
            }
            var answer = dialog.showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            refusal = tags.rename(tag, answer.get());
            if (refusal == null) {
                return;
            }
        }
    }
}
