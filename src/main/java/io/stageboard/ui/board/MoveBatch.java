package io.stageboard.ui.board;

import io.stageboard.service.moves.StageMove;
import java.util.ArrayList;
import java.util.List;

/**
 * The moves started by one gesture (a drag, a shortcut, an undo). Each move ends on its own; when the last one has
 * ended, the batch reports once, so the user gets one message for a drag of twenty cards.
 */
final class MoveBatch {

    private final int size;
    private final List<StageMove> moved = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    MoveBatch(int size) {
        this.size = size;
    }

    void moved(StageMove move) {
        moved.add(move);
    }

    void conflict(String message) {
        conflicts.add(message);
    }

    void failed(String message) {
        failures.add(message);
    }

    boolean isComplete() {
        return moved.size() + conflicts.size() + failures.size() == size;
    }

    List<StageMove> moved() {
        return List.copyOf(moved);
    }

    List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }
}
