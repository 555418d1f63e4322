package io.stageboard.service.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.api.LeverFile;
import io.stageboard.api.Upload;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Adds a file or a résumé to an existing candidate ({@code POST /opportunities/:id/files}). Not safe to repeat: an
 * item found being sent after a crash is looked for in the candidate's files (or résumés) first, by name and size,
 * uploaded since the upload was asked for, so a crash between the upload and Lever's answer never adds it twice.
 *
 * <p>The bytes are journalled with the command, in SQLite, rather than the path: they are written in the same
 * transaction as the job, so a job can never exist without its bytes nor leave a copy behind in a folder; and the
 * user may move, edit or delete the original before a resumed job resends it. Files are at most 10 MB (the upload
 * check's limit). Once nothing is left to send or retry, the journal keeps the command without them ({@link
 * #settled()}): a failed item of a job resumed after a crash keeps them for Retry failed, while a failed upload from
 * the details pane drops them, since the user adds the file again.
 *
 * @param fileName    the name Lever stores
 * @param contentType its media type
 * @param size        its size in bytes
 * @param resume      store it as a résumé rather than a file
 * @param uploadedBy  the Lever user recorded as adding it when the workspace has no act-as user (Lever requires one)
 * @param requestedAt when the upload was asked for (ms since the epoch): files uploaded before it are not it
 * @param bytes       the content (base64 in the journal); null once the job has settled
 * @param progress    told the bytes sent as the body goes out; not journalled, may be null
 */
public record UploadFile(
        String fileName,
        String contentType,
        long size,
        boolean resume,
        String uploadedBy,
        long requestedAt,
        byte[] bytes,
        @JsonIgnore LongConsumer progress)
        implements AddCommand {

    /**
     * An upload of these bytes, asked for now.
     *
     * @param requestedAt when it was asked for (ms since the epoch)
     */
    public static UploadFile of(
            Upload upload, boolean resume, String uploadedBy, long requestedAt, LongConsumer progress) {
        return new UploadFile(
                upload.fileName(),
                upload.contentType(),
                upload.bytes().length,
                resume,
                uploadedBy,
                requestedAt,
                upload.bytes(),
                progress);
    }

    @Override
    public String kind() {
        return "file-upload";
    }

    @Override
    public String describe(String candidate) {
        return "Add " + what() + " to " + candidate;
    }

    private String what() {
        return (resume ? "résumé " : "file ") + fileName + " (" + FileSize.words(size) + ")";
    }

    @Override
    public Check check(LeverClient client, String opportunityId, String performAs) {
        return LandedSearch.file(client, opportunityId, fileName, size, resume, requestedAt)
                .map(f -> new Check(
                        written(f),
                        Optional.of("Already on Lever: " + fileName + " was uploaded before the app stopped;"
                                + " it was not uploaded again.")))
                .orElseGet(AddCommand::notFound);
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        if (bytes == null) {
            throw new LeverException(
                    0,
                    null,
                    null,
                    "Stageboard no longer keeps the bytes of " + fileName + "; add the file to the candidate again.",
                    false,
                    null);
        }
        LeverFile stored = client.attachments()
                .upload(
                        opportunityId,
                        new Upload(fileName, contentType, bytes),
                        resume,
                        performAs != null ? performAs : uploadedBy,
                        progress);
        return written(stored);
    }

    private Written written(LeverFile stored) {
        return new Written(
                null,
                null,
                Json.write(new Uploaded(
                        stored.id(),
                        stored.name() == null ? fileName : stored.name(),
                        stored.size() == null ? size : stored.size(),
                        resume,
                        stored.uploadedAt() == null ? 0 : stored.uploadedAt())));
    }

    /** The same upload without its bytes: nothing is left to send. */
    @Override
    public WriteCommand settled() {
        return bytes == null
                ? this
                : new UploadFile(fileName, contentType, size, resume, uploadedBy, requestedAt, null, null);
    }

    /**
     * What the journal records after an upload: the file as Lever stored it.
     *
     * @param id         the file's id (a résumé's id for a résumé)
     * @param name       its name
     * @param size       bytes
     * @param resume     whether it is a résumé
     * @param uploadedAt ms since the epoch, or 0 when Lever did not say
     */
    public record Uploaded(String id, String name, long size, boolean resume, long uploadedAt) {

        /** @return "résumé cv.pdf (12 KB) on Lever", for the activity log */
        public String describe() {
            return (resume ? "résumé " : "file ") + name + " (" + FileSize.words(size) + ") on Lever";
        }
    }
}
