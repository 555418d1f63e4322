package io.stageboard.ui.detail;

import io.stageboard.api.ArchiveReason;
import io.stageboard.ui.common.LoadStatus;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The detail pane: the opportunity's fields, archiving, tags, stage history and notes, in one scrolling column. */
public final class DetailView extends ScrollPane {

    private final DetailViewModel detail;
    private final Label name = new Label();
    private final Label headline = new Label();
    private final GridPane fields = new GridPane();
    private final VBox history = new VBox(2);
    private final Label archived = new Label();

    public DetailView(DetailViewModel detail) {
        this.detail = detail;
        setId("detail-pane");
        getStyleClass().add("detail-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        name.setId("detail-name");
        name.getStyleClass().add("detail-name");
        name.setWrapText(true);
        headline.setWrapText(true);
        fields.setHgap(10);
        fields.setVgap(4);
        archived.setId("detail-archived");
        archived.setWrapText(true);
        Label historyTitle = new Label("Stage history");
        historyTitle.getStyleClass().add("detail-section-title");
        // Working sections first (archiving, tags, notes), so the note editor is in view without scrolling.
        FilesView files = new FilesView(detail.files());
        VBox content = new VBox(
                12,
                header(),
                status(),
                headline,
                archiveBox(),
                new TagsView(detail.tags()),
                new NotesView(detail.notes()),
                files,
                profileTitle(),
                fields,
                new VBox(4, historyTitle, history));
        content.setPadding(new Insets(12));
        content.visibleProperty().bind(detail.statusProperty().isEqualTo(LoadStatus.LOADED));
        setContent(new VBox(content));
        detail.snapshotProperty().addListener((o, was, is) -> {
            show(is);
            // Another candidate starts at the top, name in view, whatever the last one was scrolled to.
            if (is != null && (was == null || !was.id().equals(is.id()))) {
                setVvalue(0);
            }
        });
        detail.statusProperty().addListener((o, was, is) -> {
            if (is == LoadStatus.LOADING) {
                setVvalue(0);
            }
        });
        files.acceptDrops(this);
        // Escape closes the pane (a tag suggestion list open takes the first Escape itself).
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                detail.close();
                e.consume();
            }
        });
    }

    private HBox header() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("✕");
        close.setId("detail-close");
        close.setAccessibleText("Close the details");
        close.setOnAction(e -> detail.close());
        HBox header = new HBox(8, name, spacer, close);
        header.setAlignment(Pos.TOP_LEFT);
        return header;
    }

    private static Label profileTitle() {
        Label title = new Label("Profile");
        title.getStyleClass().add("detail-section-title");
        return title;
    }

    private Label status() {
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(detail.statusMessageProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private VBox archiveBox() {
        ComboBox<ArchiveReason> reasons = new ComboBox<>(detail.archiveReasons());
        reasons.setId("archive-reason");
        reasons.setPromptText("Reason");
        reasons.setCellFactory(v -> new ReasonCell());
        reasons.setButtonCell(new ReasonCell());
        Button archive = new Button("Archive");
        archive.setId("archive");
        archive.disableProperty().bind(reasons.valueProperty().isNull().or(detail.archivingProperty()));
        archive.setOnAction(e -> detail.archive(reasons.getValue()));
        Button unarchive = new Button("Unarchive");
        unarchive.setId("unarchive");
        unarchive.disableProperty().bind(detail.archivingProperty());
        unarchive.setOnAction(e -> detail.unarchive());
        HBox archiveRow = new HBox(6, reasons, archive);
        archiveRow.setAlignment(Pos.CENTER_LEFT);
        detail.snapshotProperty().addListener((o, was, is) -> {
            boolean isArchived = is != null && is.isArchived();
            archiveRow.setVisible(!isArchived);
            archiveRow.setManaged(!isArchived);
            unarchive.setVisible(isArchived);
            unarchive.setManaged(isArchived);
        });
        return new VBox(6, archived, archiveRow, unarchive);
    }

    private void show(DetailSnapshot s) {
        if (s == null) {
            return;
        }
        name.setText(s.name());
        headline.setText(s.headline());
        archived.setText(s.archived());
        fields.getChildren().clear();
        int row = 0;
        row = field(row, "Stage", s.stage());
        row = field(row, "Emails", String.join("\n", s.emails()));
        row = field(row, "Phones", String.join("\n", s.phones()));
        row = field(row, "Location", s.location());
        row = field(row, "Links", String.join("\n", s.links()));
        row = field(row, "Posting", s.posting());
        row = field(row, "Owner", s.owner());
        row = field(row, "Followers", String.join(", ", s.followers()));
        row = field(row, "Origin", s.origin());
        row = field(row, "Sources", String.join(", ", s.sources()));
        row = field(row, "Created", s.created());
        field(row, "Updated", s.updated());
        history.getChildren().setAll(lines(s.stageHistory()));
    }

    private int field(int row, String label, String value) {
        Label key = new Label(label);
        key.getStyleClass().add("detail-key");
        Label text = new Label(value.isEmpty() ? "—" : value);
        text.setWrapText(true);
        fields.addRow(row, key, text);
        return row + 1;
    }

    private static List<Label> lines(List<String> texts) {
        return texts.stream()
                .map(t -> {
                    Label line = new Label(t);
                    line.setWrapText(true);
                    return line;
                })
                .toList();
    }

    /** Shows a reason by its text, marking the Hired reason so it stands apart from the rejections. */
    private static final class ReasonCell extends ListCell<ArchiveReason> {
        @Override
        protected void updateItem(ArchiveReason item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.isHired() ? "✔ " + item.text() + " (hired)" : item.text());
        }
    }
}
