package io.stageboard.service.outbox;

import java.util.Optional;

/**
 * A write that adds something new to Lever (a candidate, a file): there is nothing to compare before it and it is
 * always sent, except that one found being sent after a crash is looked for on Lever first ({@link #check}), since
 * sending it again would add it twice.
 */
public sealed interface AddCommand extends WriteCommand permits CreateCandidate, UploadFile {

    @Override
    default Optional<String> unchangedReason(Snapshot current) {
        return Optional.empty();
    }

    @Override
    default String recordedBefore(BulkTarget target) {
        return null;
    }

    /** The check's answer when Lever shows nothing of an earlier attempt: send it. */
    static Check notFound() {
        return new Check(new Written(null, null, null), Optional.empty());
    }
}
