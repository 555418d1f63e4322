package io.stageboard.service.moves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.service.outbox.MoveStage;
import io.stageboard.store.ItemRow;
import io.stageboard.store.ItemState;
import io.stageboard.store.JobRow;
import io.stageboard.store.JobState;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.OutboxFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Board moves through a real SQLite outbox, against the sandbox over HTTP. */
class StageMoveServiceTest {

    @TempDir
    Path home;

    private OutboxFixture fx;
    private final ManualExecutor steps = new ManualExecutor();
    private StageMoveService mover;

    @BeforeEach
    void start() throws Exception {
        fx = new OutboxFixture(SandboxOptions.defaults().withSize(200).withSeed(5), home);
        mover = new StageMoveService(fx.worker(steps), steps);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private List<StageMove> toOffer(int n) {
        // Neither in the target nor in the stage the other user moves a card to.
        return fx.active().stream()
                .filter(o -> !List.of("offer", "lead-responded").contains(o.stage()))
                .limit(n)
                .map(o -> new StageMove(o.id(), o.name(), o.stage(), "offer", "Offer"))
                .toList();
    }

    private List<MoveOutcome> run(CompletableFuture<List<MoveOutcome>> outcomes) {
        steps.runAll();
        return outcomes.join();
    }

    @Test
    void aDragOfThreeCardsIsOneJobOfThreeItemsEachWithItsMove() {
        List<StageMove> drag = toOffer(3);
        List<MoveOutcome> heard = new CopyOnWriteArrayList<>();

        List<MoveOutcome> outcomes = run(mover.move(drag, heard::add));

        assertThat(outcomes)
                .extracting(MoveOutcome::getClass, MoveOutcome::move)
                .containsExactlyElementsOf(drag.stream()
                        .map(m -> tuple(MoveOutcome.Moved.class, m))
                        .toList());
        assertThat(heard).containsExactlyInAnyOrderElementsOf(outcomes);
        long jobId = fx.outbox.activity(10).get(0).jobId();
        JobRow job = fx.outbox.job(jobId).orElseThrow();
        assertThat(List.of(job.kind(), job.description(), job.state()))
                .isEqualTo(List.of("stage", "Move 3 candidates to Offer", JobState.FINISHED));
        assertThat(fx.outbox.items(jobId))
                .extracting(ItemRow::opportunityId, ItemRow::argument, ItemRow::state)
                .containsExactlyElementsOf(drag.stream()
                        .map(m -> tuple(
                                m.opportunityId(),
                                "{\"toStageId\":\"offer\",\"toStageName\":\"Offer\",\"fromStageId\":\""
                                        + m.fromStageId() + "\"}",
                                ItemState.SUCCEEDED))
                        .toList());
        assertThat(fx.outbox.job(jobId + 1)).as("no other job").isEmpty();
        assertThat(drag).extracting(m -> fx.onLever(m.opportunityId()).stage()).containsOnly("offer");
    }

    @Test
    void aCardLeverRefusesFailsAloneAndTheOthersMove() {
        List<StageMove> drag = toOffer(3);
        String refused = drag.get(1).opportunityId();
        fx.sandbox.faults().next("PUT", "/opportunities/" + refused + "/stage", Fault.status(400));

        List<MoveOutcome> outcomes = run(mover.move(drag, outcome -> {}));

        assertThat(outcomes)
                .extracting(MoveOutcome::getClass)
                .containsExactly(MoveOutcome.Moved.class, MoveOutcome.Failed.class, MoveOutcome.Moved.class);
        assertThat(drag)
                .extracting(m -> fx.onLever(m.opportunityId()).stage())
                .containsExactly("offer", drag.get(1).fromStageId(), "offer");
        long jobId = fx.outbox.activity(10).get(0).jobId();
        assertThat(fx.outbox.items(jobId))
                .extracting(ItemRow::state)
                .containsExactly(ItemState.SUCCEEDED, ItemState.FAILED, ItemState.SUCCEEDED);
    }

    @Test
    void aCardSomeoneElseMovedMeanwhileIsNotOverwritten() {
        StageMove move = toOffer(1).get(0);
        fx.sandbox.data().moveStage(move.opportunityId(), "lead-responded", null);

        List<MoveOutcome> outcomes = run(mover.move(List.of(move), outcome -> {}));

        assertThat(outcomes)
                .singleElement()
                .isInstanceOfSatisfying(
                        MoveOutcome.AlreadyMoved.class,
                        already -> assertThat(already.opportunity().stage()).isEqualTo("lead-responded"));
        assertThat(fx.onLever(move.opportunityId()).stage()).isEqualTo("lead-responded");
    }

    @Test
    void undoPutsBackTheTimeTheCandidateHadEnteredTheStageFromLeversHistory() {
        StageMove move = toOffer(1).get(0);
        SandboxModel.Opportunity before = fx.onLever(move.opportunityId());
        run(mover.move(List.of(move), outcome -> {}));
        StageMove undo = move.reversed("Wherever it was");
        assertThat(undo.stages()).isEqualTo(new MoveStage(before.stage(), "Wherever it was", "offer"));

        List<MoveOutcome> outcomes = run(mover.undo(List.of(undo), outcome -> {}));

        assertThat(outcomes)
                .singleElement()
                .isInstanceOfSatisfying(
                        MoveOutcome.Moved.class,
                        moved -> assertThat(List.of(
                                        moved.opportunity().stage(),
                                        moved.opportunity().lastAdvancedAt()))
                                .isEqualTo(List.of(before.stage(), before.lastAdvancedAt())));
        assertThat(fx.onLever(move.opportunityId()).lastAdvancedAt())
                .as("Lever itself counts from the undo")
                .isGreaterThan(before.lastAdvancedAt());
    }

    @Test
    void onAPoolOfThreadsEveryCardIsHeardBeforeTheDragEnds() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<StageMove> drag = toOffer(12);
            StageMoveService pooled = new StageMoveService(fx.worker(pool), pool);

            List<MoveOutcome> outcomes = pooled.move(drag, outcome -> {}).join();

            assertThat(outcomes)
                    .extracting(MoveOutcome::getClass, MoveOutcome::move)
                    .containsExactlyElementsOf(drag.stream()
                            .map(m -> tuple(MoveOutcome.Moved.class, m))
                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
