package io.stageboard.ui.detail;

import io.stageboard.service.candidates.StoredFile;
import io.stageboard.ui.common.FileDrops;
import java.io.File;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The details pane's "Résumés and files": the list, Download… (to a place the user chooses), Open, Add file… and
 * Add résumé…; files dropped anywhere on the pane are added ({@link #acceptDrops}). Only paths leave this view.
 */
final class FilesView extends VBox {

    private final FilesViewModel model;
    private final ListView<StoredFile> list;

    FilesView(FilesViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("detail-files");
        Label title = new Label("Résumés and files");
        title.getStyleClass().add("detail-section-title");
        list = new ListView<>(model.items());
        list.setId("detail-files");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label("No résumé or file."));
        FileDrops.labelled(list, StoredFile::label);
        Button download = new Button("Download…");
        download.setId("detail-file-download");
        download.setOnAction(e -> download());
        Button open = new Button("Open");
        open.setId("detail-file-open");
        open.setOnAction(e -> model.open(list.getSelectionModel().getSelectedItem()));
        for (Button b : List.of(download, open)) {
            b.disableProperty()
                    .bind(list.getSelectionModel()
                            .selectedItemProperty()
                            .isNull()
                            .or(model.busyProperty()));
        }
        Button addFile = new Button("Add file…");
        addFile.setId("detail-file-add");
        addFile.setOnAction(e -> choose(false));
        Button addResume = new Button("Add résumé…");
        addResume.setOnAction(e -> choose(true));
        // The buttons wrap onto a second row in a narrow pane rather than shrink their words to "…".
        FlowPane actions = new FlowPane(6, 6, download, open, addFile, addResume);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(download, open, addFile, addResume)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        ProgressBar progress = FileDrops.progress(model.progressProperty());
        Label message = new Label();
        message.setId("detail-files-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(title, list, actions, progress, message);
    }

    /** Adds files dropped anywhere on {@code target} to the candidate. */
    void acceptDrops(Node target) {
        FileDrops.accept(target, paths -> model.add(paths, false));
    }

    private void download() {
        StoredFile file = list.getSelectionModel().getSelectedItem();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + file.name());
        chooser.setInitialFileName(file.name());
        File target = chooser.showSaveDialog(getScene().getWindow());
        if (target != null) {
            model.download(file, target.toPath());
        }
    }

    private void choose(boolean resume) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resume ? "Add a résumé to the candidate" : "Add files to the candidate");
        if (resume) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter("Résumés (PDF, DOCX, TXT)", "*.pdf", "*.docx", "*.txt"));
        }
        List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (chosen != null) {
            model.add(chosen.stream().map(File::toPath).toList(), resume);
        }
    }
}
