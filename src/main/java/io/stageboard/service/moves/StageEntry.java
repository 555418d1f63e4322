package io.stageboard.service.moves;

import io.stageboard.api.Opportunity;
import io.stageboard.api.StageChange;
import io.stageboard.service.outbox.MoveStage;
import java.util.Comparator;
import java.util.List;

/**
 * When a candidate moved back by an undo entered its stage the first time. Lever records the undo as a new stage
 * change and sets {@code lastAdvancedAt} to now; its stage history still holds the earlier entry, which is what the
 * recruiter had before the move.
 */
final class StageEntry {

    private StageEntry() {}

    /**
     * @param answer Lever's answer to the undo
     * @param undo   the undo's move (from the stage the user had moved the candidate to, back to the one before)
     * @return the answer with {@code lastAdvancedAt} set to the time the candidate had entered the stage before the
     * undone move, or the answer unchanged when the history does not show that move
     */
    static Opportunity restored(Opportunity answer, MoveStage undo) {
        List<StageChange> history = answer.stageChanges().stream()
                .filter(change -> change.updatedAt() != null)
                .sorted(Comparator.comparing(StageChange::updatedAt))
                .toList();
        // The last entry is the undo itself; before it, the undone move into undo.fromStageId(); before that, the
        // entry into the stage the candidate is back in.
        int undone = history.size() - 2;
        if (undone < 1
                || !undo.toStageId().equals(history.get(undone + 1).toStageId())
                || !undo.fromStageId().equals(history.get(undone).toStageId())
                || !undo.toStageId().equals(history.get(undone - 1).toStageId())) {
            return answer;
        }
        return answer.withLastAdvancedAt(history.get(undone - 1).updatedAt());
    }
}
