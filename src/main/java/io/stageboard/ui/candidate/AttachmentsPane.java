package io.stageboard.ui.candidate;

import io.stageboard.service.candidates.CandidateFile;
import io.stageboard.ui.common.FileDrops;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The résumé and other files of the new-candidate form: choose them or drop them on the form ({@link #acceptDrops}),
 * "Fill from résumé", the upload's progress and what became of the last file. Only paths leave this view: the
 * view-model reads the files in the background.
 */
final class AttachmentsPane extends VBox {

    private final CandidateAttachments model;

    AttachmentsPane(CandidateAttachments model) {
        super(6);
        this.model = model;
        getStyleClass().add("candidate-attachments");
        Label resume = new Label();
        resume.setId("candidate-resume");
        resume.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.resumeProperty().get() == null
                                ? "No résumé: choose one or drop a PDF, DOCX or TXT on the form."
                                : model.resumeProperty().get().label(),
                        model.resumeProperty()));
        Button choose = new Button("Choose résumé…");
        choose.setId("choose-resume");
        choose.setOnAction(e -> chooseOne(true));
        Button remove = new Button("Remove résumé");
        remove.setId("remove-resume");
        remove.disableProperty().bind(model.resumeProperty().isNull());
        remove.setOnAction(e -> model.removeResume());
        resume.setWrapText(true);
        CheckBox parse = new CheckBox("Fill from résumé");
        Label parseWhy = new Label("Lever reads the résumé only as it creates the candidate, so nothing can be shown"
                + " first: it fills the name, emails, phones and links left empty, and the form then says which ones.");
        parseWhy.setWrapText(true);
        parseWhy.getStyleClass().add("text-muted");
        parse.setId("candidate-parse");
        parse.selectedProperty().bindBidirectional(model.parseProperty());
        ListView<CandidateFile> files = new ListView<>(model.files());
        files.setId("candidate-files");
        files.setPrefHeight(60);
        files.setPlaceholder(new Label("No other files."));
        FileDrops.labelled(files, CandidateFile::label);
        Button add = new Button("Add files…");
        add.setId("add-candidate-files");
        add.setOnAction(e -> chooseOne(false));
        Button detach = new Button("Remove file");
        detach.disableProperty()
                .bind(files.getSelectionModel().selectedItemProperty().isNull());
        detach.setOnAction(e -> model.remove(files.getSelectionModel().getSelectedItem()));
        ProgressBar progress = FileDrops.progress(model.progressProperty());
        Label message = new Label();
        message.setId("candidate-files-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        for (Button b : List.of(choose, remove, add, detach)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren()
                .addAll(
                        resume,
                        new HBox(8, choose, remove),
                        parse,
                        parseWhy,
                        files,
                        new HBox(8, add, detach),
                        progress,
                        message);
    }

    /** Lets files dropped anywhere on {@code target} be attached; the first PDF, DOCX or TXT becomes the résumé. */
    void acceptDrops(Node target) {
        FileDrops.accept(target, model::drop);
    }

    private void chooseOne(boolean resume) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resume ? "Choose the candidate's résumé" : "Add files to the candidate");
        if (resume) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter("Résumés (PDF, DOCX, TXT)", "*.pdf", "*.docx", "*.txt"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.attachResume(file.toPath());
            }
            return;
        }
        List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (chosen != null) {
            chosen.stream().map(File::toPath).forEach(model::attachFile);
        }
    }
}
