package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import java.util.Optional;

/**
 * Archives opportunities with a reason (Hired marks them hired).
 *
 * @param reasonId   the archive reason
 * @param reasonName its text, for descriptions
 */
public record Archive(String reasonId, String reasonName) implements WriteCommand {

    @Override
    public String kind() {
        return "archive";
    }

    @Override
    public String describe(String candidate) {
        return "Archive " + candidate + " as " + reasonName;
    }

    @Override
    public boolean isWeighty() {
        return true;
    }

    @Override
    public Optional<String> unchangedReason(Snapshot current) {
        return current.archived() && reasonId.equals(current.archiveReason())
                ? Optional.of("Already archived as " + reasonName + ".")
                : Optional.empty();
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        return Written.of(client.archive(opportunityId, reasonId, performAs));
    }
}
