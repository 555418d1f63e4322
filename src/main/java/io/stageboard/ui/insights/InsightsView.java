package io.stageboard.ui.insights;

import io.stageboard.service.insights.InsightsQuery;
import io.stageboard.service.insights.InsightsReport;
import io.stageboard.ui.board.BoardChoices.Choice;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Two bar charts with their numbers beside them: the active funnel by stage, and the archived by reason. */
public final class InsightsView extends BorderPane {

    private final InsightsViewModel model;
    private final BarChart<Number, String> funnel = chart("Active opportunities by stage");
    private final BarChart<Number, String> outcomes = chart("Archived: Hired, or rejected for a reason");
    private final GridPane funnelNumbers = numbers("funnel-numbers");
    private final GridPane outcomeNumbers = numbers("outcome-numbers");
    private final GridPane charts = new GridPane();

    public InsightsView(InsightsViewModel model) {
        this.model = model;
        getStyleClass().add("insights-view");
        // Two columns of equal width, each a chart with its numbers under it; a short window scrolls them.
        charts.setId("insights-charts");
        charts.setPadding(new Insets(10));
        charts.setHgap(16);
        charts.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            charts.getColumnConstraints().add(half);
        }
        charts.addRow(0, funnel, outcomes);
        charts.addRow(1, funnelNumbers, outcomeNumbers);
        ScrollPane scroller = new ScrollPane(charts);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("insights-scroller");
        Label status = new Label();
        status.setId("insights-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusMessageProperty());
        setTop(new VBox(6, controls(), status));
        setCenter(scroller);
        setPadding(new Insets(10));
        model.reportProperty().addListener((o, was, report) -> show(report));
    }

    private FlowPane controls() {
        ComboBox<Choice> posting = new ComboBox<>(model.postingChoices());
        posting.setId("insights-posting");
        posting.valueProperty().bindBidirectional(model.postingProperty());
        ComboBox<InsightsQuery.Basis> basis = new ComboBox<>();
        basis.getItems().setAll(InsightsQuery.Basis.values());
        basis.setConverter(new StringConverter<>() {
            @Override
            public String toString(InsightsQuery.Basis b) {
                return b == InsightsQuery.Basis.ARCHIVED ? "archived between" : "created between";
            }

            @Override
            public InsightsQuery.Basis fromString(String s) {
                return s.startsWith("archived") ? InsightsQuery.Basis.ARCHIVED : InsightsQuery.Basis.CREATED;
            }
        });
        basis.valueProperty().bindBidirectional(model.basisProperty());
        DatePicker from = new DatePicker();
        from.setId("insights-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("insights-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.refresh());
        Button csv = new Button("Export CSV…");
        csv.disableProperty().bind(model.reportProperty().isNull());
        csv.setOnAction(e -> choose("insights.csv", "CSV", "*.csv").ifPresent(f -> model.exportCsv(f.toPath())));
        Button png = new Button("Export PNG…");
        png.disableProperty().bind(model.reportProperty().isNull());
        png.setOnAction(e -> choose("insights.png", "PNG image", "*.png").ifPresent(this::exportPng));
        posting.setAccessibleText("Posting");
        posting.setMaxWidth(280);
        basis.setAccessibleText("Count opportunities created or archived in the dates");
        from.setAccessibleText("From date");
        to.setAccessibleText("To date");
        // Where the window is narrow the controls wrap onto a second row, whole, never cut.
        FlowPane bar = new FlowPane(
                8,
                8,
                posting,
                fixed(new Label("Opportunities")),
                basis,
                from,
                fixed(new Label("and")),
                to,
                fixed(refresh),
                fixed(csv),
                fixed(png));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static <T extends Region> T fixed(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    private Optional<File> choose(String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow()));
    }

    /** Snapshots the charts on the FX thread; the view-model writes the pixels off it, without Swing. */
    private void exportPng(File file) {
        WritableImage image = charts.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        model.exportPng(width, height, argb, file.toPath());
    }

    private void show(InsightsReport report) {
        funnel.getData().clear();
        outcomes.getData().clear();
        funnelNumbers.getChildren().clear();
        outcomeNumbers.getChildren().clear();
        if (report == null) {
            return;
        }
        XYChart.Series<Number, String> stages = new XYChart.Series<>();
        // A horizontal bar chart draws its first category at the bottom; reversing keeps pipeline order top-down.
        List<InsightsReport.StageCount> reversed = new ArrayList<>(report.funnel());
        Collections.reverse(reversed);
        reversed.forEach(s -> stages.getData().add(new XYChart.Data<>(s.count(), s.stageName())));
        funnel.getData().add(stages);
        report.funnel().forEach(s -> addNumber(funnelNumbers, s.stageName(), s.count()));
        addNumber(funnelNumbers, "Active, all stages", report.active());
        XYChart.Series<Number, String> reasons = new XYChart.Series<>();
        List<InsightsReport.ReasonCount> outcomesReversed = new ArrayList<>(report.outcomes());
        Collections.reverse(outcomesReversed);
        outcomesReversed.forEach(r -> reasons.getData().add(new XYChart.Data<>(r.count(), label(r))));
        outcomes.getData().add(reasons);
        report.outcomes().forEach(r -> addNumber(outcomeNumbers, label(r), r.count()));
        addNumber(outcomeNumbers, "Rejected, all reasons", report.rejected());
    }

    private static String label(InsightsReport.ReasonCount r) {
        return r.hired() ? r.reasonText() : "Rejected: " + r.reasonText();
    }

    private static void addNumber(GridPane grid, String name, int count) {
        int row = grid.getRowCount();
        Label value = new Label(String.valueOf(count));
        value.getStyleClass().add("insight-count");
        Label label = new Label(name);
        label.setWrapText(true);
        value.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(value, 1, row);
    }

    private static GridPane numbers(String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(0, 0, 0, 10));
        return grid;
    }

    private static BarChart<Number, String> chart(String title) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickUnit(1);
        BarChart<Number, String> chart = new BarChart<>(counts, new CategoryAxis());
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setMinWidth(200);
        chart.setPrefHeight(320);
        return chart;
    }
}
