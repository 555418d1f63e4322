package io.stageboard.service.moves;

/**
 * One stage change of one opportunity, as the user asked for it: from the stage the board showed to the target.
 *
 * @param opportunityId the opportunity to move
 * @param candidateName the candidate's name, for messages
 * @param fromStageId   the stage the user saw the card in; the move is refused if Lever shows another one
 * @param toStageId     the target stage
 * @param toStageName   the target stage's name, for messages
 */
public record StageMove(String opportunityId, String candidateName, String fromStageId, String toStageId,
                        String toStageName) {

    /** A human description for notifications, progress and the activity log. */
    public String description() {
        return "Move " + candidateName + " to " + toStageName;
    }
}
