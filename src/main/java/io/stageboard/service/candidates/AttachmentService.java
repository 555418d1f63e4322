package io.stageboard.service.candidates;

import io.stageboard.api.LeverAttachments;
import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverFile;
import io.stageboard.api.Resume;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.Json;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.SingleWrites;
import io.stageboard.service.outbox.UploadFile;
import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;

/**
 * The résumés and files of an existing candidate for the details pane: list, download to where the user chose,
 * open with the system's application, and add one through the outbox. Everything runs on the background executor.
 */
public final class AttachmentService {

    private final LeverAttachments lever;
    private final CandidateFiles files;
    private final OutboxWorker worker;
    private final Executor background;
    private final Clock clock;

    /**
     * @param client     the workspace's Lever client
     * @param worker     the write engine: every upload is a job of its outbox, logged and resumed like every write;
     *                   its act-as user is recorded as who added a file, or the candidate's owner when it has none
     * @param background where requests and the disk run; never the FX thread
     * @param clock      when an upload was asked for, to recognise it on Lever after a crash
     */
    public AttachmentService(LeverClient client, OutboxWorker worker, Executor background, Clock clock) {
        this.lever = client.attachments();
        this.files = new CandidateFiles(background);
        this.worker = worker;
        this.background = background;
        this.clock = clock;
    }

    /** @return reads and checks files the user attaches */
    public CandidateFiles files() {
        return files;
    }

    /** Lists the opportunity's résumés, then its other files, each oldest first. */
    public CompletableFuture<List<StoredFile>> list(String opportunityId) {
        return CompletableFuture.supplyAsync(
                () -> {
                    List<StoredFile> all = new ArrayList<>();
                    for (Resume r : lever.resumes(opportunityId)) {
                        LeverFile f = r.file();
                        all.add(new StoredFile(
                                true,
                                r.id(),
                                f == null || f.name() == null ? "résumé" : f.name(),
                                f == null || f.size() == null ? -1 : f.size(),
                                r.createdAt() == null ? 0 : r.createdAt()));
                    }
                    lever.files(opportunityId).stream()
                            .sorted(Comparator.comparing(f -> f.uploadedAt() == null ? 0 : f.uploadedAt()))
                            .forEach(f -> all.add(new StoredFile(
                                    false,
                                    f.id(),
                                    f.name() == null ? "file" : f.name(),
                                    f.size() == null ? -1 : f.size(),
                                    f.uploadedAt() == null ? 0 : f.uploadedAt())));
                    return all;
                },
                background);
    }

    /**
     * Downloads a file and saves it where the user chose, replacing what is there.
     *
     * @return the saved file
     */
    public CompletableFuture<Path> download(String opportunityId, StoredFile file, Path target) {
        return CompletableFuture.supplyAsync(() -> bytes(opportunityId, file), background)
                .thenCompose(bytes -> files.save(bytes, target));
    }

    /**
     * Downloads a file into a temporary folder and opens it with the system's application for its type.
     *
     * @return the temporary copy that was opened
     */
    public CompletableFuture<Path> open(String opportunityId, StoredFile file) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        Path dir = Files.createTempDirectory("stageboard-");
                        Path copy = Files.write(dir.resolve(safeName(file.name())), bytes(opportunityId, file));
                        copy.toFile().deleteOnExit();
                        dir.toFile().deleteOnExit();
                        openWithSystem(copy);
                        return copy;
                    } catch (IOException e) {
                        throw new UncheckedIOException(
                                "Could not open " + file.name() + ": " + e.getMessage()
                                        + ". Download it instead and open it from the folder you choose.",
                                e);
                    }
                },
                background);
    }

    /**
     * Adds a file (or a résumé) to the opportunity, checked as {@link CandidateFiles#read} checks it, as a job of the
     * outbox: journalled with its bytes before it is sent, shown in the activity log, and looked for on Lever before
     * it is sent again when the app stopped while it was in flight.
     *
     * @param candidate the candidate's name, for the activity log
     * @param ownerId   recorded as who added it when the workspace has no act-as user (Lever requires one)
     * @param progress  the share of the upload sent, 0 to 1, on a background thread
     * @return the file as Lever stored it; fails with the client's exception when Lever refused
     */
    public CompletableFuture<StoredFile> upload(
            String opportunityId,
            String candidate,
            CandidateFile file,
            boolean resume,
            String ownerId,
            DoubleConsumer progress) {
        long total = Math.max(1, file.size());
        UploadFile command = UploadFile.of(
                file.upload(),
                resume,
                ownerId,
                clock.millis(),
                sent -> progress.accept(Math.min(1, sent / (double) total)));
        String label = candidate == null || candidate.isBlank() ? opportunityId : candidate;
        return CompletableFuture.supplyAsync(
                () -> {
                    SingleWrites.One done =
                            SingleWrites.runOne(worker, command, new BulkTarget(opportunityId, label, null));
                    SingleWrites.answer(done.outcome(), null);
                    UploadFile.Uploaded stored = Json.read(done.after(), UploadFile.Uploaded.class);
                    return new StoredFile(resume, stored.id(), stored.name(), stored.size(), stored.uploadedAt());
                },
                background);
    }

    private byte[] bytes(String opportunityId, StoredFile file) {
        return file.resume()
                ? lever.downloadResume(opportunityId, file.id())
                : lever.downloadFile(opportunityId, file.id());
    }

    /** A file name Lever sent, made safe to create: no folders, no characters file systems refuse. */
    static String safeName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.isEmpty() || safe.startsWith(".") ? "file" + safe : safe;
    }

    private static void openWithSystem(Path file) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        new ProcessBuilder(os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString()))
                .start();
    }
}
