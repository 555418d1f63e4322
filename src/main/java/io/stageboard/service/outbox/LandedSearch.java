package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverFile;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.api.Resume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Looks on Lever for an upload or a create that may have landed before the app stopped, before it is sent again:
 * the writes that are not safe to repeat and that the client's own lost-answer search does not cover after a crash.
 */
final class LandedSearch {

    /** Allowance for Lever's clock running behind ours, as the client allows for a lost answer. */
    static final long CLOCK_SKEW_MILLIS = 30_000;

    /** The most new candidates whose résumés are read when looking for a parsed create; past that, ask the user. */
    static final int MOST_INSPECTED = 50;

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

    /**
     * Looks for a parsed create sent with neither a name nor an email: Lever filled them from the résumé, so the
     * client's search by email or name has nothing to go on. The candidates created since the create was asked for
     * ({@code created_at_start}, a list filter the reference gives) are read, and on each one created by the same
     * user (or by nobody known) the résumés ({@code GET /opportunities/:id/resumes}) for one with the same file name
     * and size.
     *
     * <p>Unconfirmed in the reference, so this search never resends on a guess: that a résumé sent with the create is
     * listed under {@code /resumes} as soon as the create has answered (Lever may parse it later); that the listed
     * file keeps the uploaded name and gives its size; that {@code sourcedBy} is the create's {@code perform_as}
     * user. Hence: a résumé found means the create landed; no candidate created since at all means it did not (this
     * rests only on the {@code created_at_start} filter); anything else is held for the user to check.
     *
     * @param resume  the résumé sent with the create, or null
     * @param creator the create's {@code perform_as} user
     * @return the candidate the create made, or empty when it surely did not land
     * @throws HeldForReview when Stageboard cannot tell
     */
    static Optional<Opportunity> parsedCandidate(
            LeverClient client, CreateCandidate.File resume, String creator, long since) {
        List<Opportunity> created = client.opportunities(OpportunityQuery.builder()
                        .createdAtStart(since - CLOCK_SKEW_MILLIS)
                        .build())
                .fetchAll();
        if (created.isEmpty()) {
            return Optional.empty();
        }
        String from = resume == null ? "its résumé" : resume.fileName();
        String cannotTell = "Stageboard cannot tell whether Lever created the candidate from " + from
                + " before the app stopped: the form gave no name or email to look for, and ";
        String checkLever = " Look in Lever for a candidate created from " + from
                + " since then before you retry it, or it may be created twice.";
        if (resume == null || created.size() > MOST_INSPECTED) {
            throw new HeldForReview(
                    cannotTell + created.size() + (created.size() == 1 ? " candidate was" : " candidates were")
                            + " created since it was sent." + checkLever);
        }
        long size = size(resume);
        for (Opportunity o : created) {
            if ((o.sourcedBy() == null || o.sourcedBy().equals(creator))
                    && file(client, o.id(), resume.fileName(), size, true, since)
                            .isPresent()) {
                return Optional.of(o);
            }
        }
        String noneShows = created.size() == 1
                ? "the one candidate created since it was sent does not show that résumé"
                : "none of the " + created.size() + " candidates created since it was sent shows that résumé";
        throw new HeldForReview(cannotTell + noneShows + " (Lever may still be reading it)." + checkLever);
    }

    /** The résumé's size as it is on disk now, or -1 when it cannot be read (then the name alone must match). */
    private static long size(CreateCandidate.File resume) {
        try {
            return Files.size(Path.of(resume.path()));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A résumé's file under the résumé's id, which is what its download takes. */
    static LeverFile fileOf(Resume r) {
        LeverFile f = r.file();
        return f == null
                ? new LeverFile(r.id(), null, null, null, r.createdAt(), null, null)
                : new LeverFile(r.id(), f.name(), f.ext(), f.downloadUrl(), f.uploadedAt(), f.status(), f.size());
    }
}
