package io.stageboard.ui.bulk;

import io.stageboard.api.Opportunity;
import io.stageboard.service.bulk.BulkReport;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.outbox.ItemOutcome;
import io.stageboard.service.outbox.JobListener;
import io.stageboard.service.outbox.JobProgress;
import io.stageboard.service.outbox.JobRun;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.UiExecutor;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A running bulk job as the user sees it: progress, rate and time left; pause, resume and cancel; then the report
 * with each failure and Lever's reason, "retry the failed ones", and undo for tag changes.
 */
public final class BulkJobViewModel {

    private final BulkService bulk;
    private final UiExecutor ui;
    private final Consumer<Opportunity> onUpdated;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Starting…");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper reportText = new ReadOnlyStringWrapper(this, "reportText", "");
    private final ObservableList<String> failures = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyFailures = FXCollections.unmodifiableObservableList(failures);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(this, "canRetry");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    private JobRun run;
    private BulkReport report;

    /**
     * @param bulk      the bulk engine
     * @param ui        where state changes are applied
     * @param onUpdated receives each opportunity as Lever returned it, so the board shows the change at once
     */
    public BulkJobViewModel(BulkService bulk, UiExecutor ui, Consumer<Opportunity> onUpdated) {
        this.bulk = bulk;
        this.ui = ui;
        this.onUpdated = onUpdated;
    }

    /** The listener to start a job with; it applies everything it hears on the UI executor. */
    public JobListener listener() {
        return new JobListener() {
            @Override
            public void itemDone(ItemOutcome outcome) {
                if (outcome.current() != null) {
                    ui.execute(() -> onUpdated.accept(outcome.current()));
                }
            }

            @Override
            public void progress(JobProgress p) {
                ui.execute(() -> show(p));
            }
        };
    }

    /** Follows a job that is starting (new, resumed, retried or an undo). */
    public void follow(CompletableFuture<JobRun> starting) {
        running.set(true);
        canRetry.set(false);
        canUndo.set(false);
        failures.clear();
        reportText.set("");
        starting.whenCompleteAsync(
                (started, error) -> {
                    if (error != null) {
                        fail(error);
                        return;
                    }
                    run = started;
                    JobProgress first = started.progress();
                    title.set(first.description());
                    show(first);
                    started.completion()
                            .thenApply(BulkReport::of)
                            .whenCompleteAsync(
                                    (done, failed) -> {
                                        if (failed != null) {
                                            fail(failed);
                                        } else {
                                            finish(done);
                                        }
                                    },
                                    ui);
                },
                ui);
    }

    private void show(JobProgress p) {
        progress.set(p.total() == 0 ? 1 : (double) p.done() / p.total());
        paused.set(p.phase() == JobProgress.Phase.PAUSED);
        String state = switch (p.phase()) {
            case PAUSED -> " · paused";
            case CANCELLING -> " · cancelling, waiting for the requests in flight";
            default -> "";
        };
        String pace = p.rate() > 0 ? String.format(Locale.ROOT, " · %.1f per second", p.rate()) : "";
        String left = p.done() < p.total() && p.phase() == JobProgress.Phase.RUNNING
                ? " · about " + Durations.words(p.remaining()) + " left"
                : "";
        progressText.set(p.done() + " of " + p.total() + " done" + pace + left + state);
    }

    private void finish(BulkReport done) {
        report = done;
        running.set(false);
        paused.set(false);
        progress.set(1);
        String cancelled = done.cancelled() == 0 ? "" : ", " + done.cancelled() + " not sent (cancelled)";
        reportText.set(done.job().description() + ": " + done.summary() + cancelled + ".");
        failures.setAll(
                done.failed().stream().map(BulkJobViewModel::failureLine).toList());
        canRetry.set(!done.failed().isEmpty());
        canUndo.set(done.canUndo());
    }

    private static String failureLine(BulkReport.FailedItem item) {
        return item.label() + ": " + item.message();
    }

    private void fail(Throwable error) {
        running.set(false);
        reportText.set("The job stopped: " + Failures.describe(error)
                + " It is kept; Stageboard offers to resume it at the"
                + " next start.");
    }

    /** Stops sending after the requests in flight. */
    public void pause() {
        if (run != null) {
            run.pause();
        }
    }

    /** Continues after a pause. */
    public void resume() {
        if (run != null) {
            run.resume();
        }
    }

    /** Sends nothing more; the report then says what was done and what was not. */
    public void cancel() {
        if (run != null) {
            run.cancel();
        }
    }

    /** Sends the failed items again, as part of the same job. */
    public void retryFailed() {
        if (report != null && canRetry.get()) {
            long id = report.job().id();
            report = null;
            follow(bulk.retryFailed(id, listener()));
        }
    }

    /** Reverses a finished tag job exactly. */
    public void undo() {
        if (report != null && canUndo.get()) {
            long id = report.job().id();
            report = null;
            follow(bulk.undo(id, listener()));
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Done share from 0 to 1; -1 while the job is starting. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The end report, or a sentence saying why the job stopped; empty while it runs. */
    public ReadOnlyStringProperty reportTextProperty() {
        return reportText.getReadOnlyProperty();
    }

    /** Each failed item with Lever's reason. */
    public ObservableList<String> failures() {
        return readOnlyFailures;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
