package io.stageboard.ui.detail;

import io.stageboard.service.candidates.AttachmentService;
import io.stageboard.service.candidates.StoredFile;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The candidate's résumés and files in the details pane: listed when a candidate opens, downloaded to where the user
 * chose, opened with the system's application, and added (chosen or dropped), each checked and uploaded in the
 * background with progress.
 */
public final class FilesViewModel {

    private final AttachmentService service;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final ObservableList<StoredFile> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private String opportunityId;
    private String candidateName;
    private String ownerId;
    private int generation;

    FilesViewModel(AttachmentService service, UiExecutor ui, Notifier notifier) {
        this.service = service;
        this.ui = ui;
        this.notifier = notifier;
    }

    /**
     * Lists the files of the candidate just opened; a later call wins over one still loading.
     *
     * @param name the candidate's name, for the activity log's record of an upload
     */
    void show(String id, String name, String owner) {
        int thisShow = ++generation;
        opportunityId = id;
        candidateName = name;
        ownerId = owner;
        items.clear();
        progress.set(-1);
        message.set("Loading résumés and files…");
        service.list(id)
                .whenCompleteAsync(
                        (list, error) -> {
                            if (thisShow != generation) {
                                return;
                            }
                            if (error != null) {
                                message.set("Could not list the files: " + Failures.describe(error));
                                return;
                            }
                            items.setAll(list);
                            message.set(
                                    list.isEmpty() ? "No résumé or file yet: drop one here or choose Add file…" : "");
                        },
                        ui);
    }

    /** Downloads a file to the place the user chose. */
    public void download(StoredFile file, Path target) {
        run(
                "Downloading " + file.name() + "…",
                service.download(opportunityId, file, target)
                        .thenApply(saved -> "Saved " + file.name() + " to " + saved + "."),
                "Could not download " + file.name() + ": ");
    }

    /** Downloads a file to a temporary folder and opens it with the system's application. */
    public void open(StoredFile file) {
        run(
                "Opening " + file.name() + "…",
                service.open(opportunityId, file).thenApply(copy -> "Opened " + file.name() + "."),
                "Could not open " + file.name() + ": ");
    }

    /**
     * Adds files to the candidate, each checked first (type, size).
     *
     * @param resume add them as résumés (PDF, DOCX or TXT) rather than files
     */
    public void add(List<Path> paths, boolean resume) {
        String id = opportunityId;
        String name = candidateName;
        if (id == null) {
            return;
        }
        for (Path path : paths) {
            int thisShow = generation;
            busy.set(true);
            progress.set(0);
            message.set("Uploading " + path.getFileName() + "…");
            service.files()
                    .read(path, resume)
                    .thenCompose(file -> service.upload(
                            id, name, file, resume, ownerId, share -> ui.execute(() -> progress.set(share))))
                    .whenCompleteAsync(
                            (stored, error) -> {
                                busy.set(false);
                                progress.set(-1);
                                if (error != null) {
                                    String text =
                                            "Could not add " + path.getFileName() + ": " + Failures.describe(error);
                                    message.set(text);
                                    notifier.error(text);
                                    return;
                                }
                                if (thisShow == generation) {
                                    items.add(stored);
                                }
                                message.set("Added " + stored.label() + ".");
                            },
                            ui);
        }
    }

    private void run(String doing, CompletableFuture<String> work, String failed) {
        busy.set(true);
        message.set(doing);
        work.whenCompleteAsync(
                (done, error) -> {
                    busy.set(false);
                    if (error != null) {
                        String text = failed + Failures.describe(error);
                        message.set(text);
                        notifier.error(text);
                        return;
                    }
                    message.set(done);
                },
                ui);
    }

    /** The candidate's résumés, then its other files. */
    public ObservableList<StoredFile> items() {
        return items;
    }

    /** What became of the last action, or what is loading. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a download, open or upload runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The share of the upload sent, 0 to 1, or -1 when none runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
