package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import java.util.Optional;

/** Returns archived opportunities to the active pipeline. */
public record Unarchive() implements WriteCommand {

    @Override
    public String kind() {
        return "unarchive";
    }

    @Override
    public String describe(String candidate) {
        return "Unarchive " + candidate;
    }

    @Override
    public boolean isWeighty() {
        return true;
    }

    @Override
    public Optional<String> unchangedReason(Snapshot current) {
        return current.archived() ? Optional.empty() : Optional.of("Not archived.");
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        return Written.of(client.unarchive(opportunityId, performAs));
    }
}
