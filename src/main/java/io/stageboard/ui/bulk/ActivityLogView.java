package io.stageboard.ui.bulk;

import io.stageboard.service.outbox.ActivityEntry;
import io.stageboard.ui.common.TableCells;
import io.stageboard.ui.common.WindowKeys;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The activity log: a filterable table of every write, with CSV export. */
public final class ActivityLogView extends BorderPane {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    public ActivityLogView(ActivityLogViewModel model) {
        getStyleClass().add("activity-log");
        TableView<ActivityEntry> table = new TableView<>(model.shown());
        table.setId("activity-table");
        table.getColumns()
                .setAll(List.of(
                        fixed(column("When", e -> WHEN.format(e.at()), 170)),
                        column("Who", ActivityEntry::who, 130),
                        column("What", ActivityEntry::description, 260),
                        column("Before", ActivityEntry::before, 170),
                        column("After", ActivityEntry::after, 170),
                        fixed(column("Outcome", ActivityEntry::outcome, 110)),
                        column("Message", ActivityEntry::message, 160)));
        // The columns share the window's width; long texts wrap in their cells rather than being cut.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableCells.fitHeaders(table);
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
        filter.setAccessibleText("Filter the activity log");
        outcome.setAccessibleText("Outcome");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(model.messageProperty());
        // Over an empty table the message shows as its placeholder; only over rows does it need a line of its own.
        status.visibleProperty().bind(model.messageProperty().isNotEmpty().and(Bindings.isNotEmpty(model.shown())));
        status.managedProperty().bind(status.visibleProperty());
        HBox.setHgrow(filter, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, filter, outcome, refresh, export, spacer, WindowKeys.closeButton());
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, status);
        top.setPadding(new Insets(8, 12, 8, 12));
        top.getStyleClass().add("filter-bar");
        table.setAccessibleText("Activity log");
        setTop(top);
        setCenter(table);
    }

    private static TableColumn<ActivityEntry, String> column(
            String title, Function<ActivityEntry, String> value, double width) {
        TableColumn<ActivityEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        TableCells.wrap(column);
        return column;
    }

    /** A column whose values are short and must show whole (a time, an outcome): never narrower than at first. */
    private static <T> TableColumn<T, String> fixed(TableColumn<T, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }
}
