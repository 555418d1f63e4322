package io.stageboard.ui.board;

import io.stageboard.service.moves.StageMove;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The moves that can be undone, most recent first; a bounded stack so a long day does not grow it forever. */
final class MoveHistory {

    private static final int LIMIT = 50;
    private final Deque<List<StageMove>> batches = new ArrayDeque<>();

    void push(List<StageMove> moved) {
        batches.push(List.copyOf(moved));
        while (batches.size() > LIMIT) {
            batches.removeLast();
        }
    }

    Optional<List<StageMove>> pop() {
        return Optional.ofNullable(batches.poll());
    }

    boolean canUndo() {
        return !batches.isEmpty();
    }
}
