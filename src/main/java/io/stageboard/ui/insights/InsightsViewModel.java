package io.stageboard.ui.insights;

import io.stageboard.api.Posting;
import io.stageboard.service.insights.InsightsQuery;
import io.stageboard.service.insights.InsightsReport;
import io.stageboard.service.insights.InsightsService;
import io.stageboard.service.sync.PipelineReference;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.ui.board.BoardChoices.Choice;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Pipeline insights for one posting or the whole account over a period: the funnel of active opportunities by stage
 * and the archived ones by reason (Hired, or rejected for each other reason), with CSV and PNG export.
 */
public final class InsightsViewModel {

    private final PipelineService pipeline;
    private final InsightsService insights;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final Clock clock;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<InsightsQuery.Basis> basis =
            new SimpleObjectProperty<>(this, "basis", InsightsQuery.Basis.CREATED);
    private final ObjectProperty<Choice> posting = new SimpleObjectProperty<>(this, "posting");
    private final ObservableList<Choice> postingChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InsightsReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<LoadStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", LoadStatus.LOADING);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private PipelineReference reference;
    private int generation;

    /**
     * @param clock today's date and the time zone the chosen days are read in
     */
    public InsightsViewModel(
            PipelineService pipeline, InsightsService insights, UiExecutor ui, Notifier notifier, Clock clock) {
        this.pipeline = pipeline;
        this.insights = insights;
        this.ui = ui;
        this.notifier = notifier;
        this.clock = clock;
        LocalDate today = LocalDate.now(clock);
        to.set(today);
        from.set(today.minusDays(365));
        for (var input : List.of(from, to, basis, posting)) {
            input.addListener(o -> refresh());
        }
    }

    /** Loads the account's postings, stages and reasons, then the report. */
    public void load() {
        status.set(LoadStatus.LOADING);
        statusMessage.set("Loading the account…");
        pipeline.loadReference()
                .whenCompleteAsync(
                        (loaded, error) -> {
                            if (error != null) {
                                fail(error);
                                return;
                            }
                            reference = loaded;
                            List<Choice> choices = new ArrayList<>();
                            choices.add(new Choice(null, "Whole account"));
                            loaded.postings().stream()
                                    .sorted(Comparator.comparing(Posting::text, String.CASE_INSENSITIVE_ORDER))
                                    .forEach(p -> choices.add(new Choice(p.id(), p.text() + " (" + p.state() + ")")));
                            postingChoices.setAll(choices);
                            if (posting.get() == null) {
                                posting.set(choices.get(0)); // triggers refresh()
                            } else {
                                refresh();
                            }
                        },
                        ui);
    }

    /** Counts again for the current posting and period; a newer count replaces one still running. */
    public void refresh() {
        if (reference == null) {
            return;
        }
        int thisLoad = ++generation;
        String problem = periodProblem();
        if (problem != null) {
            report.set(null);
            status.set(LoadStatus.ERROR);
            statusMessage.set(problem);
            return;
        }
        status.set(LoadStatus.LOADING);
        statusMessage.set("Counting " + title() + "…");
        insights.report(query(), reference)
                .whenCompleteAsync(
                        (counted, error) -> {
                            if (thisLoad != generation) {
                                return;
                            }
                            if (error != null) {
                                fail(error);
                                return;
                            }
                            report.set(counted);
                            boolean empty = counted.active() + counted.hired() + counted.rejected() == 0;
                            status.set(empty ? LoadStatus.EMPTY : LoadStatus.LOADED);
                            statusMessage.set(empty ? "No opportunities match " + title() + "." : "");
                        },
                        ui);
    }

    private String periodProblem() {
        if (from.get() == null || to.get() == null) {
            return "Choose both the first and the last day of the period.";
        }
        if (to.get().isBefore(from.get())) {
            return "The period ends (" + to.get() + ") before it starts (" + from.get() + "); swap the two days.";
        }
        return null;
    }

    /** The query for the current inputs; whole days in the clock's time zone, both ends included. */
    InsightsQuery query() {
        long start = from.get().atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
        long end =
                to.get().plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli() - 1;
        return new InsightsQuery(posting.get() == null ? null : posting.get().value(), start, end, basis.get());
    }

    /** Names the posting and period, e.g. "Whole account, created 2026-01-01 to 2026-03-31". */
    public String title() {
        return (posting.get() == null ? "Whole account" : posting.get().label()) + ", "
                + (basis.get() == InsightsQuery.Basis.CREATED ? "created " : "archived ") + from.get() + " to "
                + to.get();
    }

    /** Writes the shown report as CSV on the background executor and says where it went. */
    public CompletableFuture<Path> exportCsv(Path file) {
        InsightsReport shown = report.get();
        if (shown == null) {
            notifier.error("There is no report to export yet; wait for the counts to load.");
            return CompletableFuture.failedFuture(new IllegalStateException("no report"));
        }
        return announce(insights.writeCsv(shown, title(), file), "CSV");
    }

    /** Writes a snapshot's ARGB pixels as PNG on the background executor. */
    public CompletableFuture<Path> exportPng(int width, int height, int[] argb, Path file) {
        return announce(insights.writePng(width, height, argb, file), "PNG");
    }

    private CompletableFuture<Path> announce(CompletableFuture<Path> written, String kind) {
        written.whenCompleteAsync(
                (path, error) -> {
                    if (error != null) {
                        notifier.error("Could not save the " + kind + " file: " + Failures.describe(error)
                                + " Nothing was written; choose another folder and try again.");
                    } else {
                        notifier.info("Saved the insights as " + kind + " to " + path + ".");
                    }
                },
                ui);
        return written;
    }

    private void fail(Throwable error) {
        status.set(LoadStatus.ERROR);
        statusMessage.set("Could not count the pipeline: " + Failures.describe(error, "Press Refresh to try again."));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<InsightsQuery.Basis> basisProperty() {
        return basis;
    }

    public ObjectProperty<Choice> postingProperty() {
        return posting;
    }

    public ObservableList<Choice> postingChoices() {
        return postingChoices;
    }

    public ReadOnlyObjectProperty<InsightsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }
}
