package io.stageboard.ui.tags;

import io.stageboard.api.Tag;
import io.stageboard.service.tags.TagLibraryService;
import io.stageboard.service.tags.TagRules;
import io.stageboard.service.tags.TagService;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import io.stageboard.ui.common.Words;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tag library: every tag of the account with its count, a rename across all opportunities carrying a tag (with
 * progress and cancel), and keeping chosen tags in Lever's list through a placeholder opportunity.
 */
public final class TagLibraryViewModel {

    private final TagService tagService;
    private final TagLibraryService library;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    /**
     * @param tagService reads the account's tags
     * @param library    renames across opportunities and keeps tags in Lever's list
     * @param ui         where results are applied
     * @param notifier   tells the user what happened
     */
    public TagLibraryViewModel(TagService tagService, TagLibraryService library, UiExecutor ui, Notifier notifier) {
        this.tagService = tagService;
        this.library = library;
        this.ui = ui;
        this.notifier = notifier;
    }

    /** Reads the account's tags with their counts. */
    public void load() {
        tagService
                .accountTags()
                .whenCompleteAsync(
                        (loaded, error) -> {
                            if (error != null) {
                                report.set("Could not read the tags from Lever: "
                                        + Failures.describe(error, "Close and reopen the window to retry."));
                            } else {
                                tags.setAll(loaded);
                            }
                        },
                        ui);
    }

    /**
     * Renames {@code from} to {@code newText} on every opportunity carrying it, off the FX thread, one by one.
     *
     * @return the refusal sentence when the new text is not a valid tag or a job is running, else null
     */
    public String rename(String from, String newText) {
        TagRules.Verdict verdict =
                TagRules.check(newText, tags.stream().map(Tag::text).toList());
        if (!verdict.ok()) {
            return verdict.error();
        }
        if (running.get()) {
            return "A rename is already running; wait for it or cancel it first.";
        }
        String to = verdict.tag();
        if (to.equals(from)) {
            return "The new name is the same as the old one.";
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        running.set(true);
        progress.set(-1);
        report.set("");
        progressText.set("Finding the candidates tagged \"" + from + "\"…");
        library.renameEverywhere(
                        from,
                        to,
                        p -> ui.execute(() -> {
                            progress.set(p.total() == 0 ? 1 : (double) p.done() / p.total());
                            progressText.set("Renamed " + p.done() + " of " + p.total()
                                    + (p.current().isEmpty() ? "" : " — now " + p.current()));
                        }),
                        cancel::get)
                .whenCompleteAsync(
                        (result, error) -> {
                            running.set(false);
                            progress.set(error == null ? 1 : 0);
                            progressText.set("");
                            if (error != null) {
                                report.set("The rename stopped: " + Failures.describe(error)
                                        + " Candidates renamed before the" + " failure keep \"" + to
                                        + "\"; run the rename again to finish.");
                            } else {
                                report.set(describe(result, from, to));
                            }
                            notifier.info(report.get());
                            load();
                        },
                        ui);
        return null;
    }

    private static String describe(TagLibraryService.RenameReport r, String from, String to) {
        StringBuilder text = new StringBuilder(r.cancelled() ? "Rename cancelled: " : "Rename done: ")
                .append(r.renamed())
                .append(" of ")
                .append(Words.count(r.total(), "candidate", "candidates"))
                .append(r.renamed() == 1 ? " now has " : " now have ")
                .append(Words.quoted(to))
                .append(" instead of ")
                .append(Words.quoted(from));
        if (!r.failures().isEmpty()) {
            text.append("; ").append(r.failures().size()).append(" failed: ").append(String.join(" ", r.failures()));
        } else {
            text.append(".");
        }
        return text.toString();
    }

    /** Stops a running rename after the candidate in progress. */
    public void cancel() {
        cancelRequested.set(true);
    }

    /** Keeps the given tags in Lever's list by creating a placeholder opportunity that carries them. */
    public void keepInLeversList(List<String> chosen) {
        if (chosen.isEmpty() || running.get()) {
            return;
        }
        running.set(true);
        library.keepInLeversList(chosen)
                .whenCompleteAsync(
                        (created, error) -> {
                            running.set(false);
                            if (error != null) {
                                report.set("Could not create the placeholder: " + Failures.describe(error)
                                        + " Nothing changed.");
                            } else {
                                report.set(
                                        "Created the placeholder candidate "
                                                + Words.quoted(TagLibraryService.PLACEHOLDER_NAME)
                                                + " carrying " + Words.count(chosen.size(), "tag", "tags")
                                                + ", so they stay in Lever's list even when no real"
                                                + " candidate has them. Leave it in place: removing its tags may drop them from the list.");
                            }
                            notifier.info(report.get());
                            load();
                        },
                        ui);
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the job does not know its size yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last job's outcome, in sentences. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }
}
