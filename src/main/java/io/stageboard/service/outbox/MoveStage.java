package io.stageboard.service.outbox;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.stageboard.api.LeverClient;
import java.util.Optional;

/**
 * Moves an opportunity from one stage to another: the one form of a stage move, stored as the job's argument and,
 * for a board move, as each item's argument ({@code {"toStageId":"offer","toStageName":"Offer",
 * "fromStageId":"lead-new"}}).
 *
 * @param toStageId   the target stage
 * @param toStageName its name, for descriptions
 * @param fromStageId the stage the user saw the opportunity in (a board move, or its undo), checked on Lever first
 *                    so that someone else's move is not overwritten; null for a bulk move, which moves the
 *                    opportunity wherever it is
 */
public record MoveStage(
        @JsonAlias("stageId") String toStageId,
        @JsonAlias("stageName") String toStageName,
        @JsonAlias("expectedFrom") String fromStageId)
        implements WriteCommand {

    @Override
    public String kind() {
        return "stage";
    }

    @Override
    public String describe(String candidate) {
        return "Move " + candidate + " to " + toStageName;
    }

    @Override
    public boolean checksFirst() {
        return fromStageId != null;
    }

    @Override
    @JsonIgnore // a property of the kind, not an argument: keeps it out of the stored JSON
    public boolean isWeighty() {
        return true;
    }

    /** The move that puts it back, given the name of the stage it came from. */
    public MoveStage reversed(String fromStageName) {
        return new MoveStage(fromStageId, fromStageName, toStageId);
    }

    @Override
    public Optional<String> unchangedReason(Snapshot current) {
        if (toStageId.equals(current.stage())) {
            return Optional.of("Already in " + toStageName + ".");
        }
        if (fromStageId != null && !fromStageId.equals(current.stage())) {
            return Optional.of("Moved to another stage in Lever by someone else meanwhile; not overwritten.");
        }
        return Optional.empty();
    }

    /** An item's argument is its whole move; a job written by an older version stored only the from-stage. */
    @Override
    public WriteCommand forItem(String itemArgument) {
        if (itemArgument == null) {
            return this;
        }
        return itemArgument.startsWith("\"")
                ? new MoveStage(toStageId, toStageName, Json.read(itemArgument, String.class))
                : Json.read(itemArgument, MoveStage.class);
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        return Written.of(client.changeStage(opportunityId, toStageId, performAs));
    }
}
