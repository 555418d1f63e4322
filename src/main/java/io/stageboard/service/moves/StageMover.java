package io.stageboard.service.moves;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Sends the board's stage moves to Lever; {@link StageMoveService} through the outbox, a stand-in in tests. */
public interface StageMover {

    /**
     * Sends the moves of one gesture, each refused when Lever shows the candidate in another stage than
     * {@link StageMove#fromStageId()}.
     *
     * @param each hears every move's outcome once, as Lever answers it, on a background thread
     * @return completes, never exceptionally, with every move's outcome in the order given once all are known
     */
    CompletableFuture<List<MoveOutcome>> move(List<StageMove> moves, Consumer<MoveOutcome> each);

    /**
     * Sends moves that undo earlier ones (each already {@link StageMove#reversed reversed}). A candidate moved back
     * shows the time it first entered that stage, as Lever's stage history tells, rather than "just now".
     *
     * @param each hears every move's outcome once, as Lever answers it, on a background thread
     * @return completes, never exceptionally, with every move's outcome in the order given once all are known
     */
    CompletableFuture<List<MoveOutcome>> undo(List<StageMove> reversals, Consumer<MoveOutcome> each);
}
