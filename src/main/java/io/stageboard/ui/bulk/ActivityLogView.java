package io.stageboard.ui.bulk;

import io.stageboard.service.outbox.ActivityEntry;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The activity log: a filterable table of every write, with CSV export. */
public final class ActivityLogView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public ActivityLogView(ActivityLogViewModel model) {
        getStyleClass().add("activity-log");
        TableView<ActivityEntry> table = new TableView<>(model.shown());
        table.setId("activity-table");
        table.getColumns().setAll(List.of(
                column("When", e -> WHEN.format(e.at()), 150),
                column("Who", ActivityEntry::who, 130),
                column("What", ActivityEntry::description, 260),
                column("Before", ActivityEntry::before, 170),
                column("After", ActivityEntry::after, 170),
                column("Outcome", ActivityEntry::outcome, 90),
                column("Message", ActivityEntry::message, 260)));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        table.setPlaceholder(message);

        TextField filter = new TextField();
        filter.setPromptText("Filter by who, what, before, after or message");
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        ComboBox<ActivityLogViewModel.Outcome> outcome = new ComboBox<>();
        outcome.getItems().setAll(ActivityLogViewModel.Outcome.values());
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.load());
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the activity log");
            chooser.setInitialFileName("stageboard-activity.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.export(file.toPath());
            }
        });
        Label status = new Label();
        status.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(8, filter, outcome, refresh, export, status);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        setTop(bar);
        setCenter(table);
    }

    private static TableColumn<ActivityEntry, String> column(String title, Function<ActivityEntry, String> value,
                                                             double width) {
        TableColumn<ActivityEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
