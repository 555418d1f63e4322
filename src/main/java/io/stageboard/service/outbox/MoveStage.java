package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;

import java.util.Objects;
import java.util.Optional;

/**
 * Moves opportunities to a stage.
 *
 * @param stageId      the target stage
 * @param stageName    its name, for descriptions
 * @param expectedFrom the stage the user saw the opportunity in (a board move), checked on Lever first so that
 *                     someone else's move is not overwritten; null for a bulk move, which moves wherever it is
 */
public record MoveStage(String stageId, String stageName, String expectedFrom) implements WriteCommand {

    @Override
    public String kind() {
        return "stage";
    }

    @Override
    public String describe(String candidate) {
        return "Move " + candidate + " to " + stageName;
    }

    @Override
    public boolean checksFirst() {
        return expectedFrom != null;
    }

    @Override
    public boolean isWeighty() {
        return true;
    }

    @Override
    public Optional<String> unchangedReason(Snapshot current) {
        if (stageId.equals(current.stage())) {
            return Optional.of("Already in " + stageName + ".");
        }
        if (expectedFrom != null && !expectedFrom.equals(current.stage())) {
            return Optional.of("Moved to another stage in Lever by someone else meanwhile; not overwritten.");
        }
        return Optional.empty();
    }

    @Override
    public WriteCommand forItem(String itemArgument) {
        return itemArgument == null ? this : new MoveStage(stageId, stageName, Objects.requireNonNull(
                Json.read(itemArgument, String.class)));
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        return Written.of(client.changeStage(opportunityId, stageId, performAs));
    }
}
