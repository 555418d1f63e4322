package io.stageboard.service.moves;

import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.ItemOutcome;
import io.stageboard.service.outbox.JobListener;
import io.stageboard.service.outbox.JobReport;
import io.stageboard.service.outbox.Json;
import io.stageboard.service.outbox.MoveStage;
import io.stageboard.service.outbox.OutboxWorker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Moves opportunities between stages on Lever through the outbox, refusing to overwrite a move someone else made
 * meanwhile. The moves of one gesture to one stage are one job with an item per candidate, so they are journalled,
 * paced and logged like every other write.
 */
public final class StageMoveService implements StageMover {

    private final OutboxWorker worker;
    private final Executor background;

    /**
     * @param worker     the write engine, with the app's outbox
     * @param background where the job is written and its items sent; never the FX thread
     */
    public StageMoveService(OutboxWorker worker, Executor background) {
        this.worker = worker;
        this.background = background;
    }

    @Override
    public CompletableFuture<List<MoveOutcome>> move(List<StageMove> moves, Consumer<MoveOutcome> each) {
        return send(moves, each, UnaryOperator.identity());
    }

    @Override
    public CompletableFuture<List<MoveOutcome>> undo(List<StageMove> reversals, Consumer<MoveOutcome> each) {
        return send(
                reversals,
                each,
                outcome -> outcome instanceof MoveOutcome.Moved moved
                        ? new MoveOutcome.Moved(
                                moved.move(),
                                StageEntry.restored(
                                        moved.opportunity(), moved.move().stages()))
                        : outcome);
    }

    /** One job per target stage: a drag is one job; undoing a drag from two columns is two. */
    private CompletableFuture<List<MoveOutcome>> send(
            List<StageMove> moves, Consumer<MoveOutcome> each, UnaryOperator<MoveOutcome> adjust) {
        // A card moves once per gesture, so the opportunity id names the move.
        Map<String, StageMove> byId = new LinkedHashMap<>();
        moves.forEach(move -> byId.putIfAbsent(move.opportunityId(), move));
        Map<String, MoveOutcome> heard = new ConcurrentHashMap<>();
        Consumer<MoveOutcome> tell = outcome -> {
            if (heard.putIfAbsent(outcome.move().opportunityId(), outcome) == null) {
                each.accept(outcome);
            }
        };
        List<CompletableFuture<JobReport>> jobs = byId.values().stream()
                .collect(Collectors.groupingBy(StageMove::toStageId, LinkedHashMap::new, Collectors.toList()))
                .values()
                .stream()
                .map(group -> job(group, outcome -> tell.accept(adjust.apply(outcome))))
                .toList();
        return CompletableFuture.allOf(jobs.toArray(CompletableFuture[]::new)).handle((done, error) -> {
            List<MoveOutcome> outcomes = new ArrayList<>();
            for (StageMove move : byId.values()) {
                if (!heard.containsKey(move.opportunityId())) {
                    // The job never answered for it (the journal failed, or it was cancelled): it did not move.
                    tell.accept(new MoveOutcome.Failed(move, notSent(error)));
                }
                outcomes.add(heard.get(move.opportunityId()));
            }
            return outcomes;
        });
    }

    private CompletableFuture<JobReport> job(List<StageMove> moves, Consumer<MoveOutcome> each) {
        Map<String, StageMove> byId = moves.stream().collect(Collectors.toMap(StageMove::opportunityId, m -> m));
        List<BulkTarget> targets = moves.stream()
                .map(move -> new BulkTarget(move.opportunityId(), move.candidateName(), null))
                .toList();
        List<String> arguments =
                moves.stream().map(move -> Json.write(move.stages())).toList();
        MoveStage first = moves.get(0).stages();
        // The job names the common target, and the common from-stage when there is one; each item carries its move.
        boolean oneFrom = moves.stream().allMatch(move -> Objects.equals(first.fromStageId(), move.fromStageId()));
        MoveStage job = new MoveStage(first.toStageId(), first.toStageName(), oneFrom ? first.fromStageId() : null);
        return CompletableFuture.supplyAsync(() -> worker.submit(job, targets, arguments, background), background)
                .thenCompose(run -> run.listen(new JobListener() {
                            @Override
                            public void itemDone(ItemOutcome done) {
                                each.accept(MoveOutcome.of(byId.get(done.opportunityId()), done));
                            }
                        })
                        .start()
                        .completion());
    }

    private static RuntimeException notSent(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof RuntimeException runtime
                ? runtime
                : new IllegalStateException("The move was not sent to Lever; try again.", cause);
    }
}
