package io.stageboard.app;

import io.stageboard.service.tags.TagRules;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Asks for the company prefix that new tags start with, refusing a prefix that is not a valid tag. */
final class TagPrefixDialog {

    private TagPrefixDialog() {
    }

    /** Shows the dialog until the user gives a valid prefix (possibly empty) or cancels; {@code chosen} gets it. */
    static void ask(Stage owner, String current, Consumer<String> chosen) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setHeaderText("Lever recommends starting every tag with your company name, so that tags from"
                + " integrations stay apart. New tags are offered with this prefix.");
        dialog.setContentText("Company prefix:");
        while (true) {
            Optional<String> answer = dialog.showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            TagRules.Verdict verdict = TagRules.check(answer.get(), List.of());
            if (verdict.ok() || verdict.tag().isEmpty()) {
                chosen.accept(verdict.tag());
                return;
            }
            dialog.setHeaderText(verdict.error());
        }
    }
}
