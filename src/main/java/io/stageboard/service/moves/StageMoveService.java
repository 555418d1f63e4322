package io.stageboard.service.moves;

import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.ItemOutcome;
import io.stageboard.service.outbox.Json;
import io.stageboard.service.outbox.MoveStage;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.SingleWrites;

import io.stageboard.api.LeverClient;
import io.stageboard.store.ItemState;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Moves opportunities between stages on Lever, refusing to overwrite a move someone else made meanwhile. Each move
 * is a one-item job of the outbox, so it is journalled, paced and logged like every other write.
 */
public final class StageMoveService {

    private final OutboxWorker worker;
    private final Executor background;

    /**
     * A mover whose journal lives in memory only (no resume across restarts); the app passes a durable worker.
     *
     * @param client     the Lever client of the current workspace
     * @param background where requests run; never the FX thread
     * @param performAs  the Lever user id the changes are recorded as, or null for the API key's default
     */
    public StageMoveService(LeverClient client, Executor background, String performAs) {
        this(OutboxWorker.inMemory(client, performAs, background), background);
    }

    /**
     * @param worker     the write engine, with the app's outbox
     * @param background where the move runs; never the FX thread
     */
    public StageMoveService(OutboxWorker worker, Executor background) {
        this.worker = worker;
        this.background = background;
    }

    /**
     * Checks the opportunity's current stage on Lever and, if it is still where the user saw it, moves it.
     * Completes exceptionally with a {@code LeverException} when Lever refuses or cannot be reached.
     */
    public CompletableFuture<MoveOutcome> move(StageMove move) {
        return CompletableFuture.supplyAsync(() -> {
            MoveStage command = new MoveStage(move.toStageId(), move.toStageName(), null);
            BulkTarget target = new BulkTarget(move.opportunityId(), move.candidateName(), null);
            ItemOutcome done = SingleWrites.run(worker, command, List.of(target),
                    List.of(Json.write(move.fromStageId()))).get(0);
            if (done.state() == ItemState.FAILED) {
                throw done.error();
            }
            return done.state() == ItemState.UNCHANGED
                    ? new MoveOutcome.AlreadyMoved(done.current())
                    : new MoveOutcome.Moved(done.current());
        }, background);
    }
}
