package io.stageboard.service.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.service.outbox.Archive;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.ChangeTags;
import io.stageboard.service.outbox.JobListener;
import io.stageboard.service.outbox.JobProgress;
import io.stageboard.service.outbox.JobReport;
import io.stageboard.service.outbox.JobRun;
import io.stageboard.service.outbox.MoveStage;
import io.stageboard.service.outbox.Snapshot;
import io.stageboard.store.Database;
import io.stageboard.store.ItemRow;
import io.stageboard.store.ItemState;
import io.stageboard.store.JobState;
import io.stageboard.store.Outbox;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.OutboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk engine against the sandbox over HTTP, with a real SQLite outbox in a temporary folder. */
class BulkServiceTest {

    private static final String TAG = "Stageboard Reviewed";

    @TempDir
    Path home;

    private OutboxFixture fx;
    private ExecutorService pool;

    @BeforeEach
    void start() throws Exception {
        fx = new OutboxFixture(SandboxOptions.defaults().withSize(600).withSeed(11), home);
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        fx.close();
    }

    private BulkService service(java.util.concurrent.Executor executor) {
        return new BulkService(fx.worker(executor), executor);
    }

    private static Map<ItemState, Long> states(List<ItemRow> items) {
        return items.stream().collect(Collectors.groupingBy(ItemRow::state, Collectors.counting()));
    }

    private long tagCount(String id, String tag) {
        return fx.onLever(id).tags().stream().filter(tag::equals).count();
    }

    @Test
    void theJobAndAllItsItemsAreWrittenDownBeforeTheFirstRequest() {
        ManualExecutor steps = new ManualExecutor();
        List<BulkTarget> targets = fx.activeTargets(20);
        long writesBefore = fx.sandbox.stats().writes();

        var started = service(steps).start(ChangeTags.adding(List.of(TAG)), targets, JobListener.none());
        steps.runNext(); // the job is written and started; no item has run yet

        long jobId = started.join().job().id();
        try (Database other = Database.open(home)) {
            List<ItemRow> stored = new Outbox(other, Clock.systemUTC()).items(jobId);
            assertThat(stored)
                    .extracting(ItemRow::opportunityId)
                    .containsExactlyElementsOf(
                            targets.stream().map(BulkTarget::id).toList());
            assertThat(stored).extracting(ItemRow::state).containsOnly(ItemState.PENDING);
            assertThat(stored.get(0).description())
                    .isEqualTo("Add tag \"" + TAG + "\" to " + targets.get(0).name());
        }
        assertThat(fx.sandbox.stats().writes()).isEqualTo(writesBefore);
    }

    @Test
    void fiveHundredItemsWithRandomFailuresAllCarryTheTagExactlyOnceAndTheReportMatches() throws Exception {
        List<BulkTarget> targets = fx.activeTargets(500);
        fx.close();
        fx = new OutboxFixture(
                SandboxOptions.defaults().withSize(600).withSeed(11).withFailureRate(0.1), home.resolve("b"));
        List<BulkTarget> fresh = fx.activeTargets(500);
        assertThat(fresh).hasSize(targets.size());
        long alreadyTagged = fresh.stream()
                .filter(t -> t.snapshot().tags().contains("Remote"))
                .count();

        JobReport report = service(pool)
                .start(ChangeTags.adding(List.of("Remote")), fresh, JobListener.none())
                .thenCompose(JobRun::completion)
                .join();

        assertThat(report.summary())
                .isEqualTo((fresh.size() - alreadyTagged) + " succeeded, " + alreadyTagged + " unchanged, 0 failed");
        assertThat(fresh).allSatisfy(t -> assertThat(tagCount(t.id(), "Remote")).isEqualTo(1));
        assertThat(fx.sandbox.stats().serverErrors()
                        + fx.sandbox.stats().tooManyRequests()
                        + fx.sandbox.stats().droppedConnections())
                .as("failures were injected")
                .isPositive();
        assertThat(report.job().state()).isEqualTo(JobState.FINISHED);
    }

    @Test
    void transientFailuresAreRetriedAndPermanentOnesRecordedWithoutStoppingTheJob() {
        List<BulkTarget> targets = fx.activeTargets(6).stream()
                .filter(t -> !t.snapshot().tags().contains(TAG))
                .toList();
        fx.sandbox
                .faults()
                .next(
                        "POST",
                        "/opportunities/" + targets.get(0).id() + "/addTags",
                        Fault.status(503),
                        Fault.status(503));
        fx.sandbox.faults().next("POST", "/opportunities/" + targets.get(1).id() + "/addTags", Fault.status(400));
        fx.sandbox.faults().next("POST", "/opportunities/" + targets.get(2).id() + "/addTags", Fault.status(404));

        JobReport report = service(pool)
                .start(ChangeTags.adding(List.of(TAG)), targets, JobListener.none())
                .thenCompose(JobRun::completion)
                .join();

        assertThat(report.succeeded()).isEqualTo(targets.size() - 2);
        assertThat(report.failed())
                .extracting(ItemRow::opportunityId)
                .containsExactly(targets.get(1).id(), targets.get(2).id());
        assertThat(report.failed()).allSatisfy(i -> assertThat(i.message()).isNotBlank());
        assertThat(report.failed().get(0).message()).startsWith("Lever refused the request");
        assertThat(tagCount(targets.get(0).id(), TAG)).isEqualTo(1);
        assertThat(tagCount(targets.get(1).id(), TAG)).isZero();
        assertThat(tagCount(targets.get(5 - 2).id(), TAG)).isEqualTo(1);
    }

    @Test
    void opportunitiesThatAlreadyHaveTheTagAreUnchangedAndNoRequestIsSent() {
        List<BulkTarget> targets = fx.activeTargets(10);
        fx.sandbox.data().addTags(targets.get(0).id(), List.of(TAG), null);
        fx.sandbox.data().addTags(targets.get(1).id(), List.of(TAG), null);
        List<BulkTarget> seen = fx.activeTargets(10);
        BulkService bulk = service(pool);
        long writesBefore = fx.sandbox.stats().writes();

        BulkPreview preview = bulk.preview(ChangeTags.adding(List.of(TAG)), seen);
        JobReport report = bulk.start(ChangeTags.adding(List.of(TAG)), seen, JobListener.none())
                .thenCompose(JobRun::completion)
                .join();

        assertThat(preview)
                .isEqualTo(new BulkPreview(
                        "Add tag \"" + TAG + "\" to 10 candidates", 10, 8, 2, java.time.Duration.ofMillis(800), false));
        assertThat(report.summary()).isEqualTo("8 succeeded, 2 unchanged, 0 failed");
        assertThat(fx.sandbox.stats().writes() - writesBefore).isEqualTo(8);
    }

    @Test
    void movingOrArchivingMoreThanFiveAsksForConfirmation() {
        List<BulkTarget> six = fx.activeTargets(6).stream()
                .map(t -> new BulkTarget(t.id(), t.name(), new Snapshot("lead-new", List.of(), false, null)))
                .toList();
        BulkService bulk = service(pool);

        assertThat(bulk.preview(new MoveStage("offer", "Offer", null), six).needsConfirmation())
                .isTrue();
        assertThat(bulk.preview(new MoveStage("offer", "Offer", null), six.subList(0, 5))
                        .needsConfirmation())
                .isFalse();
        assertThat(bulk.preview(new Archive("r", "Hired"), six).needsConfirmation())
                .isTrue();
        assertThat(bulk.preview(ChangeTags.adding(List.of(TAG)), six).needsConfirmation())
                .isFalse();
    }

    @Test
    void aPausedJobSendsNothingUntilResumed() {
        ManualExecutor steps = new ManualExecutor();
        List<BulkTarget> targets = fx.activeTargets(12).stream()
                .filter(t -> !t.snapshot().tags().contains(TAG))
                .toList();
        var started = service(steps).start(ChangeTags.adding(List.of(TAG)), targets, JobListener.none());
        steps.runNext();
        steps.runNext(); // pump: four items queued
        JobRun run = started.join();
        steps.runNext(); // one item sent, and a fifth handed out to keep four in flight

        run.pause();
        steps.runAll(); // the four items already handed out finish; nothing new starts

        assertThat(run.progress().phase()).isEqualTo(JobProgress.Phase.PAUSED);
        assertThat(run.progress().succeeded()).isEqualTo(5);
        assertThat(fx.outbox.job(run.job().id()).orElseThrow().state()).isEqualTo(JobState.PAUSED);
        assertThat(targets.stream().filter(t -> tagCount(t.id(), TAG) == 1).count())
                .isEqualTo(5);

        run.resume();
        steps.runAll();

        assertThat(run.completion().join().summary()).isEqualTo(targets.size() + " succeeded, 0 unchanged, 0 failed");
        assertThat(targets).allSatisfy(t -> assertThat(tagCount(t.id(), TAG)).isEqualTo(1));
    }

    @Test
    void cancelLeavesATruthfulReportAndSendsNothingMore() {
        ManualExecutor steps = new ManualExecutor();
        List<BulkTarget> targets = fx.activeTargets(12).stream()
                .filter(t -> !t.snapshot().tags().contains(TAG))
                .toList();
        var started = service(steps).start(ChangeTags.adding(List.of(TAG)), targets, JobListener.none());
        steps.runNext();
        steps.runNext();
        JobRun run = started.join();
        steps.runNext();
        steps.runNext(); // two items sent; four more handed out to keep four in flight

        run.cancel();
        steps.runAll(); // the four handed out are still sent; the rest are not

        JobReport report = run.completion().join();
        long tagged = targets.stream().filter(t -> tagCount(t.id(), TAG) == 1).count();
        assertThat(report.succeeded()).isEqualTo((int) tagged).isEqualTo(6);
        assertThat(report.cancelled()).isEqualTo(targets.size() - 6);
        assertThat(report.job().state()).isEqualTo(JobState.CANCELLED);
        assertThat(states(fx.outbox.items(run.job().id())))
                .isEqualTo(Map.of(ItemState.SUCCEEDED, 6L, ItemState.CANCELLED, (long) targets.size() - 6));
    }
}
