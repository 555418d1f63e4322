package io.stageboard.service.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverException;
import io.stageboard.api.Upload;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.service.outbox.ActivityEntry;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.UploadFile;
import io.stageboard.service.outbox.WriteCommands;
import io.stageboard.store.ItemState;
import io.stageboard.store.JobRow;
import io.stageboard.testing.OutboxFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files added to an existing candidate go through the outbox, against the sandbox over HTTP and a real SQLite file. */
class UploadOutboxTest {

    private static final String TEXT = "Ask Ada.";

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private OutboxFixture fx;
    private String id;
    private String name;

    @BeforeEach
    void start() throws Exception {
        fx = new OutboxFixture(SandboxOptions.defaults().withSize(20).withSeed(4), home.resolve("data"));
        BulkTarget target = fx.activeTargets(1).get(0);
        id = target.id();
        name = target.name();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private CandidateFile references() throws Exception {
        Path file = Files.writeString(dir.resolve("references.txt"), TEXT, StandardCharsets.UTF_8);
        return new CandidateFiles(Runnable::run).read(file, false).join();
    }

    private static UploadFile command(CandidateFile file) {
        return UploadFile.of(file.upload(), false, null, System.currentTimeMillis(), null);
    }

    private List<String> namesOnLever() {
        return fx.client.attachments().files(id).stream().map(f -> f.name()).toList();
    }

    private List<String> activity() {
        return new ActivityLog(fx.outbox, fx.client, Runnable::run, ZoneOffset.UTC)
                .entries().join().stream()
                        .map(e -> String.join(" | ", e.description(), e.before(), e.after(), e.outcome(), e.message()))
                        .toList();
    }

    @Test
    void anUploadToACandidateIsAJobOfTheOutboxShownInTheActivityLogAndItsBytesAreDroppedOnceItLanded()
            throws Exception {
        OutboxWorker worker = fx.worker(Runnable::run);
        AttachmentService service = new AttachmentService(fx.client, worker, Runnable::run, Clock.systemUTC());

        StoredFile stored =
                service.upload(id, name, references(), false, null, share -> {}).join();

        assertThat(List.of(stored.label(), namesOnLever()))
                .isEqualTo(List.of("File · references.txt (8 bytes)", List.of("references.txt")));
        assertThat(activity())
                .isEqualTo(List.of("Add file references.txt (8 bytes) to " + name
                        + " |  | file references.txt (8 bytes) on Lever | Succeeded | "));
        JobRow job = fx.outbox.job(fx.outbox.activity(1).get(0).jobId()).orElseThrow();
        assertThat(((UploadFile) WriteCommands.decode(job.kind(), job.argument())).bytes())
                .isNull();
    }

    @Test
    void aRefusedUploadSaysWhyIsLoggedAsFailedAndLeavesNoBytesInTheJournal() throws Exception {
        OutboxWorker worker = fx.worker(Runnable::run);
        AttachmentService service = new AttachmentService(fx.client, worker, Runnable::run, Clock.systemUTC());
        fx.sandbox.faults().next("POST", "/opportunities/" + id + "/files", Fault.status(400));

        Throwable refused = service.upload(id, name, references(), false, null, share -> {})
                .handle((ok, e) -> e.getCause())
                .join();

        assertThat(List.of(
                        refused instanceof LeverException,
                        namesOnLever(),
                        activity().get(0)))
                .isEqualTo(List.of(
                        true,
                        List.of(),
                        "Add file references.txt (8 bytes) to " + name + " |  |  | Failed | "
                                + ((LeverException) refused).userMessage()));
        JobRow job = fx.outbox.job(fx.outbox.activity(1).get(0).jobId()).orElseThrow();
        assertThat(((UploadFile) WriteCommands.decode(job.kind(), job.argument())).bytes())
                .isNull();
    }

    @Test
    void anUploadThatLandedBeforeTheAppStoppedIsFoundByNameAndSizeAndNotAddedTwice() throws Exception {
        CandidateFile file = references();
        long job = fx.worker(Runnable::run).enqueue(command(file), List.of(new BulkTarget(id, name, null)), null);
        fx.outbox.markSending(job, 0);
        // The upload reached Lever; the app stopped before the answer.
        fx.client.attachments().upload(id, file.upload(), false, fx.actingUser, null);
        fx.db.close();
        fx.reopen();

        fx.worker(Runnable::run).open(job).start().completion().join();

        assertThat(namesOnLever()).isEqualTo(List.of("references.txt"));
        assertThat(fx.outbox.items(job).stream()
                        .map(i -> List.of(i.state(), i.message()))
                        .toList())
                .isEqualTo(List.of(List.of(
                        ItemState.UNCHANGED,
                        "Already on Lever: references.txt was uploaded before the app stopped; it was not uploaded"
                                + " again.")));
    }

    @Test
    void anUploadCutOffBeforeItReachedLeverIsSentAfterARestartFromTheJournalledBytes() throws Exception {
        CandidateFile file = references();
        long job = fx.worker(Runnable::run).enqueue(command(file), List.of(new BulkTarget(id, name, null)), null);
        fx.outbox.markSending(job, 0);
        // A file with the same name but other content is not taken for it.
        fx.client
                .attachments()
                .upload(
                        id,
                        new Upload("references.txt", "text/plain", "Other".getBytes(StandardCharsets.UTF_8)),
                        false,
                        fx.actingUser,
                        null);
        Files.delete(file.path());
        fx.db.close();
        fx.reopen();

        fx.worker(Runnable::run).open(job).start().completion().join();

        List<String> contents = fx.client.attachments().files(id).stream()
                .map(f -> new String(fx.client.attachments().downloadFile(id, f.id()), StandardCharsets.UTF_8))
                .sorted()
                .toList();
        assertThat(List.of(contents, fx.outbox.items(job).get(0).state()))
                .isEqualTo(List.of(List.of(TEXT, "Other"), ItemState.SUCCEEDED));
        List<ActivityEntry> log = new ActivityLog(fx.outbox, fx.client, Runnable::run, ZoneOffset.UTC)
                .entries()
                .join();
        assertThat(log.get(0).after()).isEqualTo("file references.txt (8 bytes) on Lever");
    }
}
