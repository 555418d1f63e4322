package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverFile;
import io.stageboard.api.Resume;
import java.util.List;
import java.util.Optional;

/**
 * Looks on Lever for a write that may have landed before the app stopped, before it is sent again: the writes that
 * are not safe to repeat and that the client's own lost-answer search does not cover after a crash.
 */
final class LandedSearch {

    /** Allowance for Lever's clock running behind ours, as the client allows for a lost answer. */
    static final long CLOCK_SKEW_MILLIS = 30_000;

    private LandedSearch() {}

    /**
     * The newest file (or résumé) of the opportunity with this name and size uploaded since {@code since}. Lever's
     * file shape carries a size (the reading of Lever); when it is missing, the name and time have to do.
     */
    static Optional<LeverFile> file(
            LeverClient client, String opportunityId, String name, long size, boolean resume, long since) {
        List<LeverFile> present = resume
                ? client.attachments().resumes(opportunityId).stream()
                        .map(LandedSearch::fileOf)
                        .toList()
                : client.attachments().files(opportunityId);
        return present.stream()
                .filter(f -> name.equals(f.name()))
                .filter(f -> f.size() == null || size < 0 || f.size() == size)
                .filter(f -> f.uploadedAt() == null || f.uploadedAt() >= since - CLOCK_SKEW_MILLIS)
                .reduce((first, second) -> second);
    }

    /** A résumé's file under the résumé's id, which is what its download takes. */
    static LeverFile fileOf(Resume r) {
        LeverFile f = r.file();
        return f == null
                ? new LeverFile(r.id(), null, null, null, r.createdAt(), null, null)
                : new LeverFile(r.id(), f.name(), f.ext(), f.downloadUrl(), f.uploadedAt(), f.status(), f.size());
    }
}
