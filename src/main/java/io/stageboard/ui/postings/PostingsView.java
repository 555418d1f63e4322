package io.stageboard.ui.postings;

import io.stageboard.api.PublicPosting;
import io.stageboard.api.Stage;
import io.stageboard.service.postings.PostingSummary;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.TableCells;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Postings of every state with their active candidates per stage, above a preview of the public job site. */
public final class PostingsView extends BorderPane {

    private final PostingsViewModel model;
    private final TableView<PostingSummary> table = new TableView<>();

    public PostingsView(PostingsViewModel model) {
        this.model = model;
        getStyleClass().add("postings-view");
        // The postings get the room; the public site preview, with its long explanation, opens on demand below.
        TitledPane preview = new TitledPane("Public job site preview", publicPane());
        preview.setId("public-preview");
        preview.setExpanded(false);
        preview.setAnimated(false);
        preview.setMaxHeight(Region.USE_PREF_SIZE);
        setCenter(postingsPane());
        setBottom(preview);
    }

    private VBox postingsPane() {
        table.setId("postings-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No postings loaded."));
        table.setAccessibleText("Postings");
        rebuildColumns();
        model.stages().addListener((ListChangeListener<Stage>) c -> rebuildColumns());
        table.setRowFactory(t -> {
            TableRow<PostingSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.showOnBoard(row.getItem());
                }
            });
            return row;
        });
        Button show = new Button("Show on board");
        show.setId("show-posting-on-board");
        show.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> model.showOnBoard(table.getSelectionModel().getSelectedItem()));
        Button reload = new Button("Reload");
        reload.setOnAction(e -> model.load());
        Label status = new Label();
        status.textProperty().bind(model.statusMessageProperty());
        status.getStyleClass().add("status-message");
        status.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), false);
        model.statusProperty()
                .addListener((o, was, is) ->
                        status.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), is == LoadStatus.ERROR));
        Label hint = new Label("Every posting the API key may see, in every state. Select one and press Show on"
                + " board (or double-click it) to filter the board to its candidates.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        show.setMinWidth(Region.USE_PREF_SIZE);
        reload.setMinWidth(Region.USE_PREF_SIZE);
        status.setWrapText(true);
        HBox bar = new HBox(8, show, reload, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, hint, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private void rebuildColumns() {
        // One word ("published"), which must not wrap in the middle.
        TableColumn<PostingSummary, String> state =
                text("State", s -> s.posting().state(), 100);
        state.setMinWidth(100);
        table.getColumns()
                .setAll(List.of(
                        text("Posting", s -> s.posting().text(), 220),
                        state,
                        text(
                                "Team",
                                s -> s.posting().categories() == null
                                        ? ""
                                        : s.posting().categories().team(),
                                110),
                        text(
                                "Department",
                                s -> s.posting().categories() == null
                                        ? ""
                                        : s.posting().categories().department(),
                                110),
                        text(
                                "Location",
                                s -> s.posting().categories() == null
                                        ? ""
                                        : s.posting().categories().location(),
                                130),
                        text(
                                "Commitment",
                                s -> s.posting().categories() == null
                                        ? ""
                                        : s.posting().categories().commitment(),
                                100),
                        text("Owner", PostingSummary::ownerName, 130),
                        text("Hiring manager", PostingSummary::hiringManagerName, 130)));
        TableColumn<PostingSummary, Integer> active = new TableColumn<>("Active candidates per stage");
        for (Stage stage : model.stages()) {
            TableColumn<PostingSummary, Integer> column = new TableColumn<>(stage.text());
            column.setCellValueFactory(c ->
                    new ReadOnlyObjectWrapper<>(c.getValue().activeByStage().getOrDefault(stage.id(), 0)));
            column.setPrefWidth(80);
            column.getStyleClass().add("count-column");
            active.getColumns().add(column);
        }
        TableColumn<PostingSummary, Integer> total = new TableColumn<>("Total");
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().activeTotal()));
        total.getStyleClass().add("count-column");
        active.getColumns().add(total);
        table.getColumns().add(active);
        TableCells.fitHeaders(table);
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        TableCells.wrap(column);
        return column;
    }

    private VBox publicPane() {
        Label difference = new Label(PostingsViewModel.API_DIFFERENCE);
        difference.setWrapText(true);
        // Without this the VBox squeezes the quote to one clipped line.
        difference.setMinHeight(Region.USE_PREF_SIZE);
        difference.getStyleClass().add("text-muted");
        TextField site = new TextField();
        site.setId("job-site");
        site.setPromptText("site name, as in jobs.lever.co/<site>");
        site.textProperty().bindBidirectional(model.siteProperty());
        site.setOnAction(e -> model.loadPublic());
        Button preview = new Button("Preview");
        preview.setId("preview-job-site");
        preview.setDefaultButton(false);
        preview.setOnAction(e -> model.loadPublic());
        Label message = new Label();
        message.setId("job-site-message");
        message.textProperty().bind(model.publicMessageProperty());
        Label address = new Label("jobs.lever.co/");
        address.setLabelFor(site);
        address.setMinWidth(Region.USE_PREF_SIZE);
        preview.setMinWidth(Region.USE_PREF_SIZE);
        message.setWrapText(true);
        HBox bar = new HBox(8, address, site, preview, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        TableView<PublicPosting> list = new TableView<>(model.publicRows());
        list.setId("public-postings-table");
        list.setPlaceholder(new Label("Press Preview to see what candidates see."));
        list.setAccessibleText("Published postings on the public job site");
        list.getColumns()
                .setAll(List.of(
                        text("Posting", PublicPosting::text, 240),
                        text("Team", p -> p.categories().team(), 120),
                        text("Location", p -> p.categories().location(), 140),
                        text("Commitment", p -> p.categories().commitment(), 110),
                        text("Workplace", PublicPosting::workplaceType, 90),
                        text("Link", PublicPosting::hostedUrl, 320)));
        TableCells.fitHeaders(list);
        list.setPrefHeight(220);
        VBox box = new VBox(8, difference, bar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }
}
