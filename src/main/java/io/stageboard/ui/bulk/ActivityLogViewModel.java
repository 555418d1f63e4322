package io.stageboard.ui.bulk;

import io.stageboard.service.outbox.ActivityEntry;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.outbox.HeldForReview;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The activity log window: every write the app made, filtered by text and outcome, exported as CSV. */
public final class ActivityLogViewModel {

    /** Outcomes to filter by; ALL shows every one. */
    public enum Outcome {
        ALL,
        SUCCEEDED,
        UNCHANGED,
        FAILED,
        /** A write held after a crash because Stageboard could not tell whether it had landed. */
        NEEDS_A_LOOK;

        @Override
        public String toString() {
            return switch (this) {
                case ALL -> "All outcomes";
                case NEEDS_A_LOOK -> HeldForReview.OUTCOME;
                default -> name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
            };
        }
    }

    private final ActivityLog log;
    private final UiExecutor ui;
    private final ObservableList<ActivityEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<ActivityEntry> shown = new FilteredList<>(entries);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome", Outcome.ALL);
    private final ReadOnlyObjectWrapper<LoadStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", LoadStatus.LOADING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ActivityLogViewModel(ActivityLog log, UiExecutor ui) {
        this.log = log;
        this.ui = ui;
        for (Observable filter : new Observable[] {filterText, outcome}) {
            filter.addListener(o -> refilter());
        }
    }

    private void refilter() {
        String needle = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        Outcome wanted = outcome.get() == null ? Outcome.ALL : outcome.get();
        shown.setPredicate(e -> (wanted == Outcome.ALL || wanted.toString().equals(e.outcome()))
                && (needle.isEmpty()
                        || String.join("\n", e.who(), e.description(), e.before(), e.after(), e.message())
                                .toLowerCase(Locale.ROOT)
                                .contains(needle)));
    }

    /** Reads the log again. */
    public void load() {
        status.set(LoadStatus.LOADING);
        message.set("Reading the activity log…");
        log.entries()
                .whenCompleteAsync(
                        (read, error) -> {
                            if (error != null) {
                                status.set(LoadStatus.ERROR);
                                message.set(
                                        "Could not read the activity log: " + Failures.describe(error, "Try Refresh."));
                                return;
                            }
                            entries.setAll(read);
                            status.set(read.isEmpty() ? LoadStatus.EMPTY : LoadStatus.LOADED);
                            message.set(read.isEmpty() ? "Nothing written to Lever yet." : "");
                        },
                        ui);
    }

    /** Writes the rows shown now to {@code file} as CSV, off the FX thread. */
    public void export(Path file) {
        List<ActivityEntry> rows = List.copyOf(shown);
        message.set("Exporting " + rows.size() + " rows…");
        log.exportCsv(rows, file)
                .whenCompleteAsync(
                        (done, error) -> message.set(
                                error == null
                                        ? "Exported " + rows.size() + " rows to " + done + "."
                                        : "Could not export: " + Failures.describe(error)),
                        ui);
    }

    /** The entries that pass the filters, newest first. */
    public FilteredList<ActivityEntry> shown() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyObjectProperty<LoadStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What is happening or went wrong, in a sentence; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
