package io.stageboard.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Résumés and files through the {@link LeverClient}'s connection, pacing and retry: the multipart create of a
 * candidate with files, uploads to an existing opportunity, their lists and downloads. Get it from
 * {@link LeverClient#attachments()}; all calls block, so run them off the FX thread.
 */
public final class LeverAttachments {

    /** Allowance for Lever's clock running behind ours when looking for a create that may have landed. */
    private static final long CLOCK_SKEW_MILLIS = 30_000;
    /** The most new candidates whose résumés are read when looking for a parsed create; past that, ask the user. */
    private static final int MOST_INSPECTED = 50;

    private final LeverHttp http;
    private final JsonCodec codec;
    private final LeverClient client;

    LeverAttachments(LeverHttp http, LeverClient client) {
        this.http = http;
        this.codec = http.codec();
        this.client = client;
    }

    /**
     * Creates an opportunity with a résumé and files ({@code POST /opportunities} as {@code multipart/form-data}).
     * Not safe to repeat: after an attempt that may have reached Lever without an answer, the opportunities created
     * since the call started are searched for it ({@link #landedCandidate}) before it is sent again.
     *
     * @param performAs Lever user id of the creator; required
     */
    public CreatedOpportunity createOpportunity(
            NewOpportunity candidate, NewAttachments attachments, String performAs) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(attachments, "attachments");
        if (performAs == null || performAs.isBlank()) {
            throw new IllegalArgumentException("A Lever id is required");
        }
        ApiRequest request = ApiRequest.post(MultipartBodies.create(candidate, attachments), "opportunities")
                .performAs(performAs)
                .query("parse", attachments.parse() ? "true" : null)
                .subject("This candidate")
                .notSafeToRepeat();
        return http.execute(
                request,
                body -> new CreatedOpportunity(codec.single(body, Opportunity.class), codec.dataFlag(body, "deduped")),
                started -> landed(candidate, attachments, performAs, started),
                null);
    }

    /**
     * Looks for a candidate that a create may have left on Lever without an answer: an opportunity created since
     * {@code since} (allowing for clock skew) with every email asked for, or, when none was given, the same name.
     * A parsed create with neither is not found here: {@link #landedParsedCreate} looks for it by its résumé.
     *
     * @param since ms since the epoch when the create was first asked for
     */
    public Optional<CreatedOpportunity> landedCandidate(NewOpportunity candidate, long since) {
        boolean byEmail = !candidate.emails().isEmpty();
        boolean byName = candidate.name() != null && !candidate.name().isBlank();
        if (!byEmail && !byName) {
            return Optional.empty();
        }
        return createdSince(since).stream()
                .filter(o -> byEmail
                        ? o.emails().containsAll(candidate.emails())
                        : candidate.name().equals(o.name()))
                .findFirst()
                .map(o -> new CreatedOpportunity(o, false));
    }

    /** The lost-answer search of a create: by email or name, else by the résumé Lever was to parse. */
    private Optional<CreatedOpportunity> landed(
            NewOpportunity candidate, NewAttachments attachments, String performAs, long since) {
        boolean recognisable = !candidate.emails().isEmpty()
                || (candidate.name() != null && !candidate.name().isBlank());
        Upload resume = attachments.resume();
        if (recognisable || resume == null) {
            // Without a name Lever refuses a create that has no résumé to parse: then it cannot have landed.
            return landedCandidate(candidate, since);
        }
        return landedParsedCreate(resume.fileName(), resume.bytes().length, performAs, since)
                .map(o -> new CreatedOpportunity(o, false));
    }

    /**
     * Looks for a parsed create sent with neither a name nor an email: Lever filled them from the résumé, so there is
     * no email or name to look for. The candidates created since the create was asked for ({@code created_at_start},
     * a list filter the reference gives) are read, and on each one created by the same user (or by nobody known) the
     * résumés ({@code GET /opportunities/:id/resumes}) for one with the same file name and size.
     *
     * <p>Unconfirmed in the reference, so this search never resends on a guess: that a résumé sent with the create is
     * listed under {@code /resumes} as soon as the create has answered (Lever may parse it later); that the listed
     * file keeps the uploaded name and gives its size; that {@code sourcedBy} is the create's {@code perform_as}
     * user. Hence: a résumé found means the create landed; no candidate created since at all means it did not (this
     * rests only on the {@code created_at_start} filter); anything else is undecided.
     *
     * @param size    the résumé's size in bytes, or -1 when unknown (then the name alone must match)
     * @param creator the create's {@code perform_as} user
     * @return the candidate the create made, or empty when it surely did not land
     * @throws UndecidedCreateException when Stageboard cannot tell
     */
    public Optional<Opportunity> landedParsedCreate(String fileName, long size, String creator, long since) {
        List<Opportunity> created = createdSince(since);
        if (created.isEmpty()) {
            return Optional.empty();
        }
        if (created.size() > MOST_INSPECTED) {
            throw new UndecidedCreateException(fileName, created.size() + " candidates were created since it was sent");
        }
        for (Opportunity o : created) {
            if ((o.sourcedBy() == null || o.sourcedBy().equals(creator))
                    && landedFile(o.id(), fileName, size, true, since).isPresent()) {
                return Optional.of(o);
            }
        }
        throw new UndecidedCreateException(
                fileName,
                (created.size() == 1
                                ? "the one candidate created since it was sent does not show that résumé"
                                : "none of the " + created.size()
                                        + " candidates created since it was sent shows that résumé")
                        + " (Lever may still be reading it)");
    }

    private List<Opportunity> createdSince(long since) {
        return client.opportunities(OpportunityQuery.builder()
                        .createdAtStart(since - CLOCK_SKEW_MILLIS)
                        .build())
                .fetchAll();
    }

    /**
     * Adds a file to an existing opportunity ({@code POST /opportunities/:id/files}). Not safe to repeat: after an
     * attempt that may have reached Lever without an answer, the opportunity's files are searched for one of the same
     * name uploaded since the call started before it is sent again.
     *
     * @param resume    store it as a résumé rather than a file
     * @param performAs Lever user id who adds it; Lever requires one
     * @param progress  told the bytes sent so far
     * @return the stored file; for a résumé, its id is the résumé's
     */
    public LeverFile upload(
            String opportunityId, Upload upload, boolean resume, String performAs, LongConsumer progress) {
        ApiRequest request = ApiRequest.post(
                        MultipartBodies.upload(upload, resume, progress == null ? s -> {} : progress),
                        "opportunities",
                        requireId(opportunityId),
                        "files")
                .performAs(performAs)
                .subject("This opportunity")
                .notSafeToRepeat();
        return http.execute(
                request,
                body -> resume ? fileOf(codec.single(body, Resume.class)) : codec.single(body, LeverFile.class),
                started -> landedFile(opportunityId, upload.fileName(), upload.bytes().length, resume, started),
                null);
    }

    /** A résumé's file under the résumé's id, which is what its download takes. */
    private static LeverFile fileOf(Resume r) {
        LeverFile f = r.file() == null ? new LeverFile(null, null, null, null, r.createdAt(), null, null) : r.file();
        return new LeverFile(r.id(), f.name(), f.ext(), f.downloadUrl(), f.uploadedAt(), f.status(), f.size());
    }

    /**
     * The newest file (or résumé) of the opportunity with this name uploaded since {@code since}, and this size when
     * Lever gives one: a write that may have landed without an answer, or before the app stopped.
     *
     * @param size the file's size in bytes, or -1 when unknown (then the name and time have to do)
     */
    public Optional<LeverFile> landedFile(
            String opportunityId, String fileName, long size, boolean resume, long since) {
        List<LeverFile> present = resume
                ? resumes(opportunityId).stream().map(LeverAttachments::fileOf).toList()
                : files(opportunityId);
        return present.stream()
                .filter(f -> fileName.equals(f.name()))
                .filter(f -> f.size() == null || size < 0 || f.size() == size)
                .filter(f -> f.uploadedAt() == null || f.uploadedAt() >= since - CLOCK_SKEW_MILLIS)
                .reduce((first, second) -> second);
    }

    /** @return the opportunity's résumés, all pages */
    public List<Resume> resumes(String opportunityId) {
        return all(ApiRequest.get("opportunities", requireId(opportunityId), "resumes"), Resume.class);
    }

    /** @return the opportunity's other files, all pages */
    public List<LeverFile> files(String opportunityId) {
        return all(ApiRequest.get("opportunities", requireId(opportunityId), "files"), LeverFile.class);
    }

    /** @return the bytes of a résumé ({@code GET /opportunities/:id/resumes/:resumeId/download}) */
    public byte[] downloadResume(String opportunityId, String resumeId) {
        return download(
                ApiRequest.get("opportunities", requireId(opportunityId), "resumes", requireId(resumeId), "download")
                        .subject("This résumé"));
    }

    /** @return the bytes of a file ({@code GET /opportunities/:id/files/:fileId/download}) */
    public byte[] downloadFile(String opportunityId, String fileId) {
        return download(
                ApiRequest.get("opportunities", requireId(opportunityId), "files", requireId(fileId), "download")
                        .subject("This file"));
    }

    private byte[] download(ApiRequest request) {
        return http.execute(
                request,
                new LeverHttp.Reader<byte[]>() {
                    @Override
                    public byte[] read(String body) {
                        throw new IllegalStateException("Downloads are read as bytes");
                    }

                    @Override
                    public byte[] readBytes(byte[] body) {
                        return body;
                    }
                },
                null,
                null);
    }

    private <T> List<T> all(ApiRequest request, Class<T> type) {
        return new Pager<T>((offset, scope) -> http.execute(
                        request.withQuery("limit", 100).query("offset", offset),
                        body -> codec.page(body, type),
                        null,
                        scope))
                .fetchAll();
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A Lever id is required");
        }
        return id;
    }
}
