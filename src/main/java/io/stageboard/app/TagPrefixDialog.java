package io.stageboard.app;

import io.stageboard.service.tags.TagRules;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Asks for the company prefix that new tags start with; a prefix that is not a valid tag is refused under the field. */
final class TagPrefixDialog {

    private static final ButtonType SAVE = new ButtonType("Save prefix", ButtonBar.ButtonData.OK_DONE);

    private TagPrefixDialog() {}

    /** Shows the dialog; {@code chosen} gets a valid prefix (possibly empty) unless the user cancels. */
    static void ask(Stage owner, String current, Consumer<String> chosen) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Company prefix for new tags");
        dialog.setHeaderText("Lever recommends starting every tag with your company name, so that tags from"
                + " integrations stay apart. New tags are offered with this prefix.");
        Label label = new Label("Company prefix (empty for none)");
        TextField prefix = new TextField(current == null ? "" : current);
        prefix.setId("tag-prefix");
        label.setLabelFor(prefix);
        Label error = new Label();
        error.setId("tag-prefix-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        prefix.textProperty().addListener((o, was, is) -> error.setText(problem(is)));
        error.setText(problem(prefix.getText()));
        dialog.getDialogPane().setContent(new VBox(6, label, prefix, error));
        dialog.getDialogPane().setPrefWidth(480);
        dialog.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane()
                .lookupButton(SAVE)
                .disableProperty()
                .bind(error.textProperty().isNotEmpty());
        dialog.setResultConverter(button ->
                button == SAVE ? TagRules.check(prefix.getText(), List.of()).tag() : null);
        dialog.setOnShown(e -> prefix.requestFocus());
        dialog.showAndWait().ifPresent(chosen);
    }

    /** Why {@code text} cannot be the prefix, or "" when it can (an empty prefix means none). */
    private static String problem(String text) {
        TagRules.Verdict verdict = TagRules.check(text, List.of());
        return verdict.ok() || verdict.tag().isEmpty() ? "" : verdict.error();
    }
}
