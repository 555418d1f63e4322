package io.stageboard.ui.tags;

import io.stageboard.api.Tag;
import io.stageboard.ui.common.WindowKeys;
import io.stageboard.ui.common.Words;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The tag library window: the account's tags with counts, rename across candidates, keep in Lever's list. */
public final class TagLibraryWindow {

    private final TagLibraryViewModel library;
    private final Stage stage = new Stage();

    public TagLibraryWindow(TagLibraryViewModel library, Window owner, List<String> stylesheets) {
        this.library = library;
        stage.initOwner(owner);
        stage.setTitle("Tag library");
        Scene scene = new Scene(content(), 640, 520);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        WindowKeys.closeOnEscape(stage);
    }

    /** Shows the window and reads the tags from Lever. */
    public void show() {
        library.load();
        stage.show();
        stage.toFront();
    }

    private VBox content() {
        TableView<Tag> table = new TableView<>(library.tags());
        table.setId("tag-library-table");
        table.setAccessibleText("Tags and how many candidates carry each");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<Tag, String> text = new TableColumn<>("Tag");
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().text()));
        text.setPrefWidth(440);
        TableColumn<Tag, Integer> count = new TableColumn<>("Candidates");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setPrefWidth(120);
        table.getColumns().setAll(List.of(text, count));
        table.setPlaceholder(new Label("No tags in this account yet."));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button rename = new Button("Rename on all candidates…");
        rename.setId("tag-library-rename");
        rename.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull().or(library.runningProperty()));
        rename.setOnAction(e -> askRename(table.getSelectionModel().getSelectedItem()));
        Button keep = new Button("Keep selected in Lever's list");
        keep.setId("tag-library-keep");
        keep.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull().or(library.runningProperty()));
        keep.setOnAction(e -> library.keepInLeversList(table.getSelectionModel().getSelectedItems().stream()
                .map(Tag::text)
                .toList()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, rename, keep, spacer, WindowKeys.closeButton());

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(library.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> library.cancel());
        HBox progressRow = new HBox(8, progress, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(library.runningProperty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(library.progressTextProperty());
        Label report = new Label();
        report.setId("tag-library-report");
        report.setWrapText(true);
        report.setMinHeight(Region.USE_PREF_SIZE);
        report.textProperty().bind(library.reportProperty());
        Label help = new Label("Lever cannot rename a tag: a rename adds the new tag to each candidate, then removes"
                + " the old one. Tags stay in Lever's list only while a candidate carries them; \"Keep\" creates a"
                + " placeholder candidate that carries the selected tags, as Lever's FAQ suggests.");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(10, help, table, buttons, progressRow, progressText, report);
        box.setPadding(new Insets(12));
        return box;
    }

    private void askRename(Tag tag) {
        TextInputDialog dialog = new TextInputDialog(tag.text());
        dialog.initOwner(stage);
        dialog.setTitle("Rename tag");
        dialog.setHeaderText("Rename " + Words.quoted(tag.text()) + " on "
                + (tag.count() == 1 ? "the 1 candidate" : "all " + tag.count() + " candidates") + " carrying it.");
        dialog.setContentText("New tag:");
        while (true) {
            var answer = dialog.showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            String refusal = library.rename(tag.text(), answer.get());
            if (refusal == null) {
                return;
            }
            dialog.setHeaderText(refusal);
        }
    }
}
