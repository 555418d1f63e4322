package io.stageboard.service.moves;

import io.stageboard.service.outbox.MoveStage;

/**
 * One stage move of one candidate, as the user asked for it on the board.
 *
 * @param opportunityId the opportunity to move
 * @param candidateName the candidate's name, for messages
 * @param stages        from the stage the board showed to the target; refused if Lever shows another from-stage
 */
public record StageMove(String opportunityId, String candidateName, MoveStage stages) {

    /** A move from {@code fromStageId} to {@code toStageId}, as the board builds it from a card. */
    public StageMove(
            String opportunityId, String candidateName, String fromStageId, String toStageId, String toStageName) {
        this(opportunityId, candidateName, new MoveStage(toStageId, toStageName, fromStageId));
    }

    /** The move that puts the candidate back, given the name of the stage it came from. */
    public StageMove reversed(String fromStageName) {
        return new StageMove(opportunityId, candidateName, stages.reversed(fromStageName));
    }

    public String fromStageId() {
        return stages.fromStageId();
    }

    public String toStageId() {
        return stages.toStageId();
    }

    public String toStageName() {
        return stages.toStageName();
    }
}
