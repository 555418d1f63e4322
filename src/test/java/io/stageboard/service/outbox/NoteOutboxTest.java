package io.stageboard.service.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stageboard.api.NewNote;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.notes.NoteEdit;
import io.stageboard.service.notes.NoteService;
import io.stageboard.store.ItemRow;
import io.stageboard.store.ItemState;
import io.stageboard.store.JobRow;
import io.stageboard.store.JobState;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.OutboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Note writes as outbox jobs on a real journal: an edit is one job of two steps, and resumes after a crash. */
class NoteOutboxTest {

    private static final NewNote TUESDAY = new NewNote("Call on Tuesday", false, null);

    @TempDir
    Path home;

    private OutboxFixture fx;
    private String id;
    private String name;
    private String oldNoteId;

    @BeforeEach
    void start() throws Exception {
        fx = new OutboxFixture(SandboxOptions.defaults().withSize(30).withSeed(7), home);
        SandboxModel.Opportunity opportunity = fx.active().get(0);
        id = opportunity.id();
        name = opportunity.name();
        oldNoteId = fx.sandbox
                .data()
                .addNote(id, "Call on Monday", false, null, fx.actingUser, false)
                .orElseThrow()
                .id();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private List<String> notesOnLever() {
        return fx.sandbox.data().notes(id).stream()
                .map(SandboxModel.Note::value)
                .filter(v -> v.startsWith("Call on"))
                .sorted()
                .toList();
    }

    private static <T> T run(ManualExecutor steps, CompletableFuture<T> future) {
        steps.runAll();
        return future.join();
    }

    /** Writes an edit job and stops the app after its first step was sent and recorded. */
    private long editStoppedAfterTheCreate() {
        ManualExecutor beforeCrash = new ManualExecutor();
        OutboxWorker worker = fx.worker(beforeCrash);
        BulkTarget target = new BulkTarget(id, name, null);
        long job = worker.enqueue(
                new EditNote(oldNoteId, "Call on Monday", TUESDAY, System.currentTimeMillis()),
                List.of(target, target),
                EditNote.steps());
        worker.open(job).start();
        beforeCrash.runNext(); // the pump hands out the first step only: the steps go in order
        beforeCrash.runNext(); // the create is sent and recorded; the delete is queued next
        beforeCrash.discardAll();
        fx.db.close();
        return job;
    }

    private JobReport resumeAfterRestart(long job) {
        fx.reopen();
        ManualExecutor afterRestart = new ManualExecutor();
        return run(afterRestart, new BulkService(fx.worker(afterRestart), afterRestart).resume(job, JobListener.none()))
                .completion()
                .join();
    }

    @Test
    void aNoteEditIsOneJobOfTwoStepsInOrderLoggedWithBeforeAndAfter() {
        ManualExecutor steps = new ManualExecutor();
        NoteService notes = new NoteService(fx.client, fx.worker(steps), steps, Clock.systemUTC());

        NoteEdit edit = run(steps, notes.edit(id, oldNoteId, TUESDAY));

        assertThat(edit.replaced()).isTrue();
        assertThat(notesOnLever()).isEqualTo(List.of("Call on Tuesday"));
        List<ActivityEntry> log = run(steps, new ActivityLog(fx.outbox, fx.client, steps, ZoneOffset.UTC).entries());
        long job = log.get(0).jobId();
        assertThat(fx.outbox.job(job))
                .get()
                .extracting(JobRow::kind, JobRow::description, JobRow::state)
                .containsExactly("note-edit", "Edit note \u201cCall on Monday\u201d on " + name, JobState.FINISHED);
        assertThat(fx.outbox.items(job))
                .extracting(ItemRow::description, ItemRow::state)
                .containsExactly(
                        tuple("Add note \u201cCall on Tuesday\u201d to " + name, ItemState.SUCCEEDED),
                        tuple("Delete note \u201cCall on Monday\u201d from " + name, ItemState.SUCCEEDED));
        String who = fx.sandbox.data().user(fx.actingUser).orElseThrow().name();
        assertThat(log)
                .isEqualTo(List.of(
                        new ActivityEntry(
                                log.get(0).at(),
                                who,
                                "Delete note \u201cCall on Monday\u201d from " + name,
                                "note: \u201cCall on Monday\u201d",
                                "no note",
                                "Succeeded",
                                "",
                                job),
                        new ActivityEntry(
                                log.get(1).at(),
                                who,
                                "Add note \u201cCall on Tuesday\u201d to " + name,
                                "no note",
                                "note: \u201cCall on Tuesday\u201d",
                                "Succeeded",
                                "",
                                job)));
    }

    @Test
    void aCrashBetweenCreateAndDeleteResumesWithTheDeleteOnly() {
        long job = editStoppedAfterTheCreate();
        assertThat(notesOnLever()).isEqualTo(List.of("Call on Monday", "Call on Tuesday"));
        long writesBeforeResume = fx.sandbox.stats().writes();

        JobReport report = resumeAfterRestart(job);

        assertThat(report.summary()).isEqualTo("2 succeeded, 0 unchanged, 0 failed");
        assertThat(fx.sandbox.stats().writes() - writesBeforeResume)
                .as("only the delete is sent")
                .isEqualTo(1);
        assertThat(notesOnLever()).isEqualTo(List.of("Call on Tuesday"));
    }

    @Test
    void aCreateThatLandedBeforeTheCrashIsFoundNotSentAgain() {
        ManualExecutor beforeCrash = new ManualExecutor();
        OutboxWorker worker = fx.worker(beforeCrash);
        BulkTarget target = new BulkTarget(id, name, null);
        long job = worker.enqueue(
                new EditNote(oldNoteId, "Call on Monday", TUESDAY, System.currentTimeMillis()),
                List.of(target, target),
                EditNote.steps());
        // The create was handed to Lever, which saved it, when the app was killed before recording the answer.
        fx.outbox.markSending(job, 0);
        fx.sandbox.data().addNote(id, "Call on Tuesday", false, null, fx.actingUser, false);
        fx.db.close();
        long writesBeforeResume = fx.sandbox.stats().writes();

        JobReport report = resumeAfterRestart(job);

        assertThat(report.summary()).isEqualTo("1 succeeded, 1 unchanged, 0 failed");
        assertThat(fx.outbox.items(job).get(0).message())
                .isEqualTo("Already on Lever: the note was saved before the app stopped.");
        assertThat(fx.sandbox.stats().writes() - writesBeforeResume)
                .as("only the delete is sent")
                .isEqualTo(1);
        assertThat(notesOnLever()).isEqualTo(List.of("Call on Tuesday"));
    }

    @Test
    void aFailedCreateLeavesTheDeleteUnsentAndTheOldNoteInPlace() {
        fx.sandbox.faults().next("POST", "/opportunities/*/notes", Fault.status(400));
        ManualExecutor steps = new ManualExecutor();
        NoteService notes = new NoteService(fx.client, fx.worker(steps), steps, Clock.systemUTC());

        CompletableFuture<NoteEdit> edit = notes.edit(id, oldNoteId, TUESDAY);
        steps.runAll();

        assertThat(edit).isCompletedExceptionally();
        assertThat(notesOnLever()).isEqualTo(List.of("Call on Monday"));
        long job = run(steps, new ActivityLog(fx.outbox, fx.client, steps, ZoneOffset.UTC).entries())
                .get(0)
                .jobId();
        List<ItemRow> items = fx.outbox.items(job);
        assertThat(items).extracting(ItemRow::state).containsExactly(ItemState.FAILED, ItemState.CANCELLED);
        assertThat(items.get(0).message()).startsWith("Lever refused the request");
        assertThat(items.get(1).message()).isEqualTo("Not sent, because the step before it failed.");
    }

    @Test
    void aDeleteWhoseAnswerWasLostCountsAsDoneOnceTheNoteIsGone() {
        fx.sandbox.faults().next("DELETE", "/opportunities/*/notes/*", Fault.applyThenDrop());
        ManualExecutor steps = new ManualExecutor();
        NoteService notes = new NoteService(fx.client, fx.worker(steps), steps, Clock.systemUTC());

        run(steps, notes.delete(id, oldNoteId));

        assertThat(notesOnLever()).isEmpty();
        ActivityEntry logged = run(steps, new ActivityLog(fx.outbox, fx.client, steps, ZoneOffset.UTC).entries())
                .get(0);
        assertThat(logged)
                .isEqualTo(new ActivityEntry(
                        logged.at(),
                        logged.who(),
                        "Delete note \u201cCall on Monday\u201d" + " from " + name,
                        "note: \u201cCall on Monday\u201d",
                        "no note",
                        "Succeeded",
                        "",
                        logged.jobId()));
    }

    @Test
    void aNoteMadeInTheLeverAppFailsToDeleteForGoodWithLeversMessage() {
        String appNote = fx.sandbox
                .data()
                .addNote(id, "Call on Wednesday", false, null, fx.actingUser, true)
                .orElseThrow()
                .id();
        ManualExecutor steps = new ManualExecutor();
        NoteService notes = new NoteService(fx.client, fx.worker(steps), steps, Clock.systemUTC());

        CompletableFuture<Void> delete = notes.delete(id, appNote);
        steps.runAll();

        assertThat(delete).isCompletedExceptionally();
        assertThat(notesOnLever()).isEqualTo(List.of("Call on Monday", "Call on Wednesday"));
        ActivityEntry logged = run(steps, new ActivityLog(fx.outbox, fx.client, steps, ZoneOffset.UTC).entries())
                .get(0);
        assertThat(logged.outcome()).isEqualTo("Failed");
        assertThat(logged.message()).contains("Notes created in the Lever app cannot be deleted through the API");
        assertThat(fx.outbox.unfinishedJobs(fx.client.baseUrl()))
                .as("a permanent failure is not left to resume")
                .isEmpty();
    }
}
