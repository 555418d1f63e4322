package io.stageboard.ui.bulk;

import io.stageboard.ui.common.WindowKeys;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A bulk job's progress with pause, resume and cancel, then its report with retry and undo. */
public final class BulkJobView extends VBox {

    public BulkJobView(BulkJobViewModel model) {
        super(10);
        getStyleClass().add("bulk-job");
        setPadding(new Insets(14));
        Label title = new Label();
        title.getStyleClass().add("bulk-job-title");
        title.textProperty().bind(model.titleProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label progress = new Label();
        progress.setId("bulk-progress");
        progress.textProperty().bind(model.progressTextProperty());
        Label report = new Label();
        report.setId("bulk-report");
        report.setWrapText(true);
        report.setMinHeight(Region.USE_PREF_SIZE);
        report.textProperty().bind(model.reportTextProperty());

        Button pause = button("Pause", model::pause);
        pause.visibleProperty()
                .bind(model.runningProperty().and(model.pausedProperty().not()));
        pause.managedProperty().bind(pause.visibleProperty());
        Button resume = button("Resume", model::resume);
        resume.visibleProperty().bind(model.runningProperty().and(model.pausedProperty()));
        resume.managedProperty().bind(resume.visibleProperty());
        Button cancel = button("Cancel job", model::cancel);
        cancel.disableProperty().bind(model.runningProperty().not());
        Button retry = button("Retry the failed ones", model::retryFailed);
        retry.setId("bulk-retry");
        retry.disableProperty().bind(model.canRetryProperty().not());
        Button undo = button("Undo", model::undo);
        undo.setId("bulk-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ListView<String> failures = new ListView<>(model.failures());
        failures.setPlaceholder(new Label("No failures."));
        failures.setPrefHeight(160);
        failures.setAccessibleText("Failed items and Lever's reasons");
        VBox.setVgrow(failures, Priority.ALWAYS);
        getChildren()
                .addAll(
                        title,
                        bar,
                        progress,
                        new HBox(8, pause, resume, cancel),
                        report,
                        new Label("Failed items and Lever's reasons"),
                        failures,
                        new HBox(8, retry, undo, spacer, WindowKeys.closeButton()));
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        return button;
    }
}
