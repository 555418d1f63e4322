package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverFile;
import io.stageboard.api.Opportunity;
import io.stageboard.api.UndecidedCreateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Looks on Lever for an upload or a create that may have landed before the app stopped, before it is sent again:
 * the client's own searches ({@link io.stageboard.api.LeverAttachments}), with what the journal knows of the file.
 */
final class LandedSearch {

    private LandedSearch() {}

    /** The newest file (or résumé) of the opportunity with this name and size uploaded since {@code since}. */
    static Optional<LeverFile> file(
            LeverClient client, String opportunityId, String name, long size, boolean resume, long since) {
        return client.attachments().landedFile(opportunityId, name, size, resume, since);
    }

    /**
     * Looks for a parsed create sent with neither a name nor an email, by its résumé
     * ({@link io.stageboard.api.LeverAttachments#landedParsedCreate}).
     *
     * @param resume  the résumé sent with the create, or null
     * @param creator the create's {@code perform_as} user
     * @return the candidate the create made, or empty when it surely did not land
     * @throws HeldForReview when Stageboard cannot tell
     */
    static Optional<Opportunity> parsedCandidate(
            LeverClient client, CreateCandidate.File resume, String creator, long since) {
        String fileName = resume == null ? "its résumé" : resume.fileName();
        try {
            return client.attachments()
                    .landedParsedCreate(fileName, resume == null ? -1 : size(resume), creator, since);
        } catch (UndecidedCreateException e) {
            throw new HeldForReview(e.sentence(" before the app stopped"));
        }
    }

    /** The résumé's size as it is on disk now, or -1 when it cannot be read (then the name alone must match). */
    private static long size(CreateCandidate.File resume) {
        try {
            return Files.size(Path.of(resume.path()));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
