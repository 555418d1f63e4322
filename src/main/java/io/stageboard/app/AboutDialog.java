package io.stageboard.app;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

/**
 * Help › About: the version, build date, and the Java and JavaFX Stageboard runs on, with a button that copies them
 * for a problem report, and where to report it.
 */
final class AboutDialog {

    private AboutDialog() {}

    /** Shows the dialog over {@code owner} until it is closed. Call on the FX thread. */
    static void show(Stage owner) {
        BuildInfo info = BuildInfo.current();
        ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", copy, ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About Stageboard");
        about.setHeaderText("Stageboard " + info.version());
        about.setContentText(info.describe() + "\n\nReport a problem or ask a question: " + info.issuesUrl());
        about.getDialogPane().setId("about-dialog");
        // The copy button keeps the dialog open: it fills the clipboard instead of closing.
        about.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(info.describe());
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        about.showAndWait();
    }
}
