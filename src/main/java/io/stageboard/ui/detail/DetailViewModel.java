package io.stageboard.ui.detail;

import io.stageboard.api.ArchiveReason;
import io.stageboard.api.Note;
import io.stageboard.api.Opportunity;
import io.stageboard.service.sync.PipelineReference;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane beside the board: one opportunity as Lever has it, with its notes and tags, and archiving.
 * Changes that show on the board (tags, archived state) go to {@link #setOnOpportunityChanged}.
 */
public final class DetailViewModel {

    private final DetailServices services;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final ZoneId zone;
    private final NotesViewModel notes;
    private final TagsViewModel tags;
    private final FilesViewModel files;
    private final ReadOnlyObjectWrapper<DetailSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<LoadStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", LoadStatus.EMPTY);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
    private final ReadOnlyBooleanWrapper archiving = new ReadOnlyBooleanWrapper(this, "archiving", false);
    private final ObservableList<ArchiveReason> archiveReasons = FXCollections.observableArrayList();
    private Consumer<Opportunity> onChanged = o -> {};
    private PipelineReference reference;
    private String postingTitle = "";
    private int generation;
    private String openedId;

    /**
     * @param services      reads and writes of the opportunity, its notes and tags
     * @param ui            where results are applied (the FX thread in the app)
     * @param notifier      tells the user what happened
     * @param companyPrefix the tag prefix from the preferences, offered at the start of every new tag
     * @param zone          the time zone times are shown in
     */
    public DetailViewModel(
            DetailServices services, UiExecutor ui, Notifier notifier, StringProperty companyPrefix, ZoneId zone) {
        this.services = services;
        this.ui = ui;
        this.notifier = notifier;
        this.zone = zone;
        this.notes = new NotesViewModel(services.notes(), ui, notifier, zone);
        this.tags = new TagsViewModel(services.tags(), ui, notifier, companyPrefix);
        this.files = new FilesViewModel(services.attachments(), ui, notifier);
    }

    /** Called with Lever's answer whenever a change here alters what the board shows. */
    public void setOnOpportunityChanged(Consumer<Opportunity> listener) {
        onChanged = listener;
    }

    /**
     * Opens an opportunity: reads it and its notes from Lever (and the account's reference data the first time).
     *
     * @param knownPostingTitle the posting the board showed, since a single read does not name the posting
     */
    public void open(String opportunityId, String knownPostingTitle) {
        int thisOpen = ++generation;
        openedId = opportunityId;
        postingTitle = knownPostingTitle == null ? "" : knownPostingTitle;
        open.set(true);
        status.set(LoadStatus.LOADING);
        statusMessage.set("Loading the candidate from Lever…");
        CompletableFuture<PipelineReference> ref = reference != null
                ? CompletableFuture.completedFuture(reference)
                : services.pipeline().loadReference();
        CompletableFuture<Opportunity> opportunity = services.details().opportunity(opportunityId);
        CompletableFuture<List<Note>> noteList = services.notes().notes(opportunityId);
        CompletableFuture.allOf(ref, opportunity, noteList)
                .whenCompleteAsync(
                        (done, error) -> {
                            if (thisOpen != generation) {
                                return;
                            }
                            if (error != null) {
                                status.set(LoadStatus.ERROR);
                                statusMessage.set("Could not load this candidate: " + Failures.describe(error)
                                        + " Open the card again to retry.");
                                return;
                            }
                            applyReference(ref.join());
                            show(opportunity.join());
                            notes.show(opportunityId, noteList.join(), reference::userName);
                            tags.show(opportunity.join(), this::changed);
                            files.show(
                                    opportunityId,
                                    opportunity.join().name(),
                                    opportunity.join().owner());
                            status.set(LoadStatus.LOADED);
                            statusMessage.set("");
                        },
                        ui);
    }

    /**
     * Shows this opportunity unless the pane already shows (or loads) it: the pane following the board's selection.
     *
     * @param knownPostingTitle the posting the board showed
     */
    public void follow(String opportunityId, String knownPostingTitle) {
        if (open.get() && opportunityId.equals(openedId) && status.get() != LoadStatus.ERROR) {
            return;
        }
        open(opportunityId, knownPostingTitle);
    }

    /** Closes the pane. */
    public void close() {
        generation++;
        openedId = null;
        open.set(false);
        snapshot.set(null);
        status.set(LoadStatus.EMPTY);
    }

    private void applyReference(PipelineReference loaded) {
        reference = loaded;
        // Hired first and set apart; then the rejection reasons; inactive reasons cannot be chosen.
        archiveReasons.setAll(loaded.archiveReasons().stream()
                .filter(ArchiveReason::isActive)
                .sorted(Comparator.comparing((ArchiveReason r) -> !r.isHired()).thenComparing(ArchiveReason::text))
                .toList());
    }

    private void show(Opportunity o) {
        snapshot.set(DetailSnapshot.of(o, postingTitle, reference, zone));
    }

    private void changed(Opportunity updated) {
        show(updated);
        onChanged.accept(updated);
    }

    /** Archives the open opportunity with the chosen reason. */
    public void archive(ArchiveReason reason) {
        DetailSnapshot current = snapshot.get();
        if (current == null || reason == null || archiving.get()) {
            return;
        }
        writeArchive(
                services.details().archive(current.id(), reason),
                (reason.isHired()
                        ? "Marked " + current.name() + " as hired."
                        : "Archived " + current.name() + " (" + reason.text() + ")."),
                "Could not archive " + current.name() + ": ");
    }

    /** Returns the open opportunity to its stage in the active pipeline. */
    public void unarchive() {
        DetailSnapshot current = snapshot.get();
        if (current == null || archiving.get()) {
            return;
        }
        writeArchive(
                services.details().unarchive(current.id()),
                "Unarchived " + current.name() + ".",
                "Could not unarchive " + current.name() + ": ");
    }

    private void writeArchive(CompletableFuture<Opportunity> write, String success, String failure) {
        int thisOpen = generation;
        archiving.set(true);
        write.whenCompleteAsync(
                (updated, error) -> {
                    archiving.set(false);
                    if (error != null) {
                        notifier.error(failure + Failures.describe(error) + " Nothing changed.");
                        return;
                    }
                    onChanged.accept(updated);
                    if (thisOpen == generation) {
                        show(updated);
                    }
                    notifier.info(success);
                },
                ui);
    }

    public NotesViewModel notes() {
        return notes;
    }

    /** @return the candidate's résumés and files */
    public FilesViewModel files() {
        return files;
    }

    public TagsViewModel tags() {
        return tags;
    }

    /** The open opportunity as last read from Lever, or null when none is open. */
    public ReadOnlyObjectProperty<DetailSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoadStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** Whether the pane is showing (loading counts). */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty archivingProperty() {
        return archiving.getReadOnlyProperty();
    }

    /** The active archive reasons, Hired first. */
    public ObservableList<ArchiveReason> archiveReasons() {
        return archiveReasons;
    }
}
