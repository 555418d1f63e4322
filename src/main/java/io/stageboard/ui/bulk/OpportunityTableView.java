package io.stageboard.ui.bulk;

import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.TableCells;
import io.stageboard.ui.common.WindowKeys;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A sortable, filterable table of the loaded opportunities; its selection feeds the bulk action dialog. */
public final class OpportunityTableView extends BorderPane {

    private static final DateTimeFormatter UPDATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final TableView<CardModel> table = new TableView<>();

    /**
     * @param model    the table's view-model
     * @param bulkAction opens the bulk dialog for the given opportunity ids
     */
    public OpportunityTableView(OpportunityTableViewModel model, Consumer<List<String>> bulkAction) {
        getStyleClass().add("opportunity-table");
        SortedList<CardModel> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("opportunity-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No opportunities loaded or none match the filter."));
        table.getColumns()
                .setAll(List.of(
                        column("Name", CardModel::name, 200),
                        column("Stage", model::stageName, 140),
                        column("Posting", CardModel::postingTitle, 200),
                        column("Owner", CardModel::ownerName, 140),
                        column("Tags", c -> String.join(", ", c.tags()), 200),
                        column("Source", c -> String.join(", ", c.sources()), 120),
                        updatedColumn()));
        TableCells.fitHeaders(table);
        table.setAccessibleText("Opportunities");

        TextField filter = new TextField();
        filter.setId("table-filter");
        filter.setPromptText("Filter by name, stage, posting, owner, tag or source");
        filter.setPrefColumnCount(24);
        filter.setAccessibleText("Filter the opportunities");
        HBox.setHgrow(filter, Priority.SOMETIMES);
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        Label count = new Label();
        count.textProperty().bind(Bindings.size(sorted).asString("%d opportunities"));
        Button selectAll = new Button("Select all shown");
        selectAll.setOnAction(e -> table.getSelectionModel().selectAll());
        Button bulk = new Button("Bulk action on selection…");
        bulk.setId("table-bulk");
        bulk.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        bulk.setOnAction(e -> bulkAction.accept(selectedIds()));
        count.setMinWidth(Region.USE_PREF_SIZE);
        selectAll.setMinWidth(Region.USE_PREF_SIZE);
        bulk.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, filter, count, selectAll, bulk, WindowKeys.closeButton());
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        setTop(bar);
        setCenter(table);
    }

    /** The ids of the selected rows. */
    public List<String> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream()
                .map(CardModel::id)
                .toList();
    }

    private static TableColumn<CardModel, String> column(
            String title, Function<CardModel, String> value, double width) {
        TableColumn<CardModel, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        TableCells.wrap(column);
        return column;
    }

    private static TableColumn<CardModel, Instant> updatedColumn() {
        TableColumn<CardModel, Instant> column = new TableColumn<>("Updated");
        column.setCellValueFactory(row ->
                new ReadOnlyObjectWrapper<>(Instant.ofEpochMilli(row.getValue().updatedAt())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null || at.toEpochMilli() == 0 ? "" : UPDATED.format(at));
            }
        });
        column.setPrefWidth(150);
        // A date and time: never cut.
        column.setMinWidth(150);
        return column;
    }
}
