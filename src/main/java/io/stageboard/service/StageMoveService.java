package io.stageboard.service;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Moves opportunities between stages on Lever, refusing to overwrite a move someone else made meanwhile. */
public final class StageMoveService {

    private final LeverClient client;
    private final Executor background;
    private final String performAs;

    /**
     * @param client     the Lever client of the current workspace
     * @param background where requests run; never the FX thread
     * @param performAs  the Lever user id the changes are recorded as, or null for the API key's default
     */
    public StageMoveService(LeverClient client, Executor background, String performAs) {
        this.client = client;
        this.background = background;
        this.performAs = performAs;
    }

    /**
     * Checks the opportunity's current stage on Lever and, if it is still where the user saw it, moves it.
     * Completes exceptionally with a {@code LeverException} when Lever refuses or cannot be reached.
     */
    public CompletableFuture<MoveOutcome> move(StageMove move) {
        return CompletableFuture.supplyAsync(() -> {
            Opportunity current = client.opportunity(move.opportunityId());
            if (!move.fromStageId().equals(current.stage())) {
                return new MoveOutcome.AlreadyMoved(current);
            }
            return new MoveOutcome.Moved(client.changeStage(move.opportunityId(), move.toStageId(), performAs));
        }, background);
    }
}
