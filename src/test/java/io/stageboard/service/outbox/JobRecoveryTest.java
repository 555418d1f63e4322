package io.stageboard.service.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.service.bulk.BulkJob;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.moves.MoveOutcome;
import io.stageboard.service.moves.StageMove;
import io.stageboard.service.moves.StageMoveService;
import io.stageboard.store.ItemRow;
import io.stageboard.store.ItemState;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.OutboxFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resuming after a crash, retrying the failed items, and undoing a tag job, on a real journal. */
class JobRecoveryTest {

    private static final String TAG = "Stageboard Shortlist";

    @TempDir
    Path home;

    private OutboxFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new OutboxFixture(SandboxOptions.defaults().withSize(200).withSeed(5), home);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private List<BulkTarget> untagged(int n) {
        return fx.activeTargets(n * 2).stream()
                .filter(t -> !t.snapshot().tags().contains(TAG))
                .limit(n)
                .toList();
    }

    private long tagCount(String id, String tag) {
        return fx.onLever(id).tags().stream().filter(tag::equals).count();
    }

    private static JobReport runAll(ManualExecutor steps, java.util.concurrent.CompletableFuture<JobRun> run) {
        steps.runAll();
        return run.join().completion().join();
    }

    @Test
    void aJobStoppedByACrashResumesWhereItStoppedWithNothingMissingOrDoubled() {
        List<BulkTarget> targets = untagged(10);
        ManualExecutor beforeCrash = new ManualExecutor();
        var started = new BulkService(fx.worker(beforeCrash), beforeCrash)
                .start(ChangeTags.adding(List.of(TAG)), targets, JobListener.none());
        beforeCrash.runNext();
        beforeCrash.runNext();
        long jobId = started.join().job().id();
        beforeCrash.runNext();
        beforeCrash.runNext(); // two items done
        // The third was handed to Lever, which applied it, when the app was killed before recording the answer.
        ItemRow inFlight = fx.outbox.items(jobId).stream()
                .filter(i -> i.state() == ItemState.PENDING)
                .findFirst()
                .orElseThrow();
        fx.outbox.markSending(jobId, inFlight.seq());
        fx.sandbox.data().addTags(inFlight.opportunityId(), List.of(TAG), fx.actingUser);
        beforeCrash.discardAll();
        fx.db.close();
        long writesBeforeResume = fx.sandbox.stats().writes();

        fx.reopen();
        ManualExecutor afterRestart = new ManualExecutor();
        BulkService restarted = new BulkService(fx.worker(afterRestart), afterRestart);
        var unfinished = restarted.unfinishedJobs();
        afterRestart.runAll();
        assertThat(unfinished.join()).extracting(BulkJob::id).containsExactly(jobId);
        assertThat(fx.outbox.unfinishedJobs("https://api.lever.co/v1"))
                .as("another account's start")
                .isEmpty();
        JobReport report = runAll(afterRestart, restarted.resume(jobId, JobListener.none()));

        assertThat(report.summary()).isEqualTo("9 succeeded, 1 unchanged, 0 failed");
        assertThat(targets).allSatisfy(t -> assertThat(tagCount(t.id(), TAG)).isEqualTo(1));
        assertThat(fx.sandbox.stats().writes() - writesBeforeResume)
                .as("only the 7 never sent are sent")
                .isEqualTo(7);
        assertThat(fx.outbox.items(jobId).get(inFlight.seq()).message()).isEqualTo("Already tagged.");
        assertThat(fx.outbox.unfinishedJobs(fx.client.baseUrl())).isEmpty();
    }

    @Test
    void retryingTheFailedOnesCompletesTheSameJob() {
        List<BulkTarget> targets = untagged(5);
        fx.sandbox.faults().next("POST", "/opportunities/" + targets.get(1).id() + "/addTags", Fault.status(400));
        fx.sandbox.faults().next("POST", "/opportunities/" + targets.get(3).id() + "/addTags", Fault.status(404));
        ManualExecutor steps = new ManualExecutor();
        BulkService bulk = new BulkService(fx.worker(steps), steps);
        JobReport first = runAll(steps, bulk.start(ChangeTags.adding(List.of(TAG)), targets, JobListener.none()));
        assertThat(first.summary()).isEqualTo("3 succeeded, 0 unchanged, 2 failed");

        JobReport retried = runAll(steps, bulk.retryFailed(first.job().id(), JobListener.none()));

        assertThat(retried.job().id()).isEqualTo(first.job().id());
        assertThat(retried.summary()).isEqualTo("5 succeeded, 0 unchanged, 0 failed");
        assertThat(targets).allSatisfy(t -> assertThat(tagCount(t.id(), TAG)).isEqualTo(1));
    }

    @Test
    void undoRemovesOnlyTheTagsTheJobAdded() {
        List<BulkTarget> all = fx.activeTargets(8);
        String hadIt = all.get(0).id();
        fx.sandbox.data().addTags(hadIt, List.of(TAG), null);
        List<BulkTarget> seen = fx.activeTargets(8);
        ManualExecutor steps = new ManualExecutor();
        BulkService bulk = new BulkService(fx.worker(steps), steps);
        JobReport job = runAll(steps, bulk.start(ChangeTags.adding(List.of(TAG)), seen, JobListener.none()));
        assertThat(job.summary()).isEqualTo("7 succeeded, 1 unchanged, 0 failed");

        JobReport undo = runAll(steps, bulk.undo(job.job().id(), JobListener.none()));

        assertThat(undo.summary()).isEqualTo("7 succeeded, 0 unchanged, 0 failed");
        assertThat(undo.job().description()).isEqualTo("Remove tag \"" + TAG + "\" from 7 candidates");
        assertThat(tagCount(hadIt, TAG)).isEqualTo(1);
        assertThat(seen.stream().filter(t -> !t.id().equals(hadIt)))
                .allSatisfy(t -> assertThat(fx.onLever(t.id()).tags())
                        .isEqualTo(t.snapshot().tags()));
    }

    @Test
    void aBoardMoveIsAOneItemJobOfTheJournal() {
        ManualExecutor steps = new ManualExecutor();
        StageMoveService mover = new StageMoveService(fx.worker(steps), steps);
        var target = fx.active().stream()
                .filter(o -> o.stage().equals("lead-new"))
                .findFirst()
                .orElseThrow();
        StageMove move = new StageMove(target.id(), target.name(), "lead-new", "offer", "Offer");

        var outcomes = mover.move(List.of(move), outcome -> {});
        steps.runAll();

        assertThat(outcomes.join()).singleElement().isInstanceOf(MoveOutcome.Moved.class);
        assertThat(fx.onLever(target.id()).stage()).isEqualTo("offer");
        assertThat(fx.outbox.activity(10)).singleElement().satisfies(row -> {
            assertThat(row.description()).isEqualTo("Move " + target.name() + " to Offer");
            assertThat(row.state()).isEqualTo(ItemState.SUCCEEDED);
            assertThat(row.actor()).isEqualTo(fx.actingUser);
        });
    }

    @Test
    void aBoardMoveThatLandedBeforeACrashIsFoundOnLeverNotSentAgain() {
        var target = fx.active().stream()
                .filter(o -> o.stage().equals("lead-new"))
                .findFirst()
                .orElseThrow();
        MoveStage move = new MoveStage("offer", "Offer", "lead-new");
        // A checked move is not marked as being sent: the app stopped after Lever applied it, with the item pending.
        long jobId = fx.worker(Runnable::run)
                .enqueue(move, List.of(new BulkTarget(target.id(), target.name(), null)), List.of(Json.write(move)));
        fx.sandbox.data().moveStage(target.id(), "offer", fx.actingUser);
        fx.db.close();
        long writesBeforeResume = fx.sandbox.stats().writes();

        fx.reopen();
        ManualExecutor afterRestart = new ManualExecutor();
        JobReport report = runAll(
                afterRestart, new BulkService(fx.worker(afterRestart), afterRestart).resume(jobId, JobListener.none()));

        assertThat(report.summary()).isEqualTo("0 succeeded, 1 unchanged, 0 failed");
        assertThat(fx.outbox.items(jobId).get(0).message()).isEqualTo("Already in Offer.");
        assertThat(fx.sandbox.stats().writes()).isEqualTo(writesBeforeResume);
    }
}
