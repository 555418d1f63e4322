package io.stageboard.service.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.stageboard.api.CreatedOpportunity;
import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.api.NewAttachments;
import io.stageboard.api.NewOpportunity;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Creates a candidate with a résumé and files ({@code POST /opportunities} as multipart). Not safe to repeat: the
 * client looks for the landed candidate (by email, or by name when none was given) before it sends again after a
 * lost answer, and an item found being sent after a crash is looked for the same way, so a crash between the upload
 * and Lever's answer never creates the candidate twice. A parsed create with neither name nor email is looked for by
 * its résumé, and held for the user when that search cannot tell ({@link LandedSearch#parsedCandidate}); within one
 * run the client's own lost-answer search does the same and fails the create with a sentence instead. The journal keeps the files' paths, not their bytes: a job resumed after a
 * restart reads them again.
 *
 * @param candidate   the candidate's fields
 * @param files       the attached files; at most one is the résumé
 * @param parse       ask Lever to fill the empty fields from the résumé
 * @param creator     the Lever user recorded as creator (the form's choice, not the workspace's act-as user)
 * @param requestedAt when the create was asked for (ms since the epoch): candidates created before it are not it
 * @param progress    told the bytes sent as the body goes out; not journalled, may be null
 */
public record CreateCandidate(
        NewOpportunity candidate,
        List<File> files,
        boolean parse,
        String creator,
        long requestedAt,
        @JsonIgnore LongConsumer progress)
        implements AddCommand {

    /** The item id of the one item a create job has: the opportunity does not exist yet. */
    public static final String NEW = "new-candidate";

    /**
     * One attached file.
     *
     * @param path        where it is read from
     * @param fileName    the name Lever stores
     * @param contentType its media type
     * @param resume      whether it is the résumé
     */
    public record File(String path, String fileName, String contentType, boolean resume) {}

    public CreateCandidate {
        files = files == null ? List.of() : List.copyOf(files);
    }

    @Override
    public String kind() {
        return "candidate-create";
    }

    @Override
    public String describe(String name) {
        return "Add candidate " + name
                + (files.isEmpty()
                        ? ""
                        : " with "
                                + String.join(
                                        ", ", files.stream().map(File::fileName).toList()))
                + (parse ? ", filled from the résumé" : "");
    }

    @Override
    public Check check(LeverClient client, String opportunityId, String performAs) {
        boolean recognisable = !candidate.emails().isEmpty()
                || (candidate.name() != null && !candidate.name().isBlank());
        Optional<Opportunity> landed = recognisable
                ? client.attachments().landedCandidate(candidate, requestedAt).map(CreatedOpportunity::opportunity)
                : LandedSearch.parsedCandidate(client, resumeFile(), creator, requestedAt);
        return landed.map(found -> new Check(
                        new Written(found, null, Json.write(Created.of(found, false))),
                        Optional.of("Already on Lever: the"
                                + " candidate was created before the app stopped; it was not created again.")))
                .orElseGet(AddCommand::notFound);
    }

    private File resumeFile() {
        return files.stream().filter(File::resume).findFirst().orElse(null);
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        Upload resume = null;
        List<Upload> others = new ArrayList<>();
        for (File f : files) {
            Upload upload = new Upload(f.fileName(), f.contentType(), read(f));
            if (f.resume()) {
                resume = upload;
            } else {
                others.add(upload);
            }
        }
        CreatedOpportunity created = client.attachments()
                .createOpportunity(candidate, new NewAttachments(resume, others, parse, progress), creator);
        return new Written(
                created.opportunity(), null, Json.write(Created.of(created.opportunity(), created.deduped())));
    }

    private static byte[] read(File f) {
        try {
            return Files.readAllBytes(Path.of(f.path()));
        } catch (IOException e) {
            // A failure of this item with a sentence, not a broken journal: the job goes on and is recorded.
            throw new LeverException(
                    0,
                    null,
                    null,
                    "Could not read " + f.fileName() + " again (" + e.getMessage()
                            + "); it was moved or deleted. Create the candidate again with the file.",
                    false,
                    e);
        }
    }

    /**
     * What the journal records after a create.
     *
     * @param id      the new opportunity's id
     * @param name    the candidate's name as Lever answered it (filled from the résumé for a parsed create)
     * @param fields  the new opportunity's fields
     * @param deduped whether Lever attached it to a contact it already had
     */
    public record Created(String id, String name, Snapshot fields, boolean deduped) {

        static Created of(Opportunity opportunity, boolean deduped) {
            return new Created(opportunity.id(), opportunity.name(), Snapshot.of(opportunity), deduped);
        }

        /** @return "created Grace Hopper (opportunity 1f2e…)", for the activity log */
        public String describe() {
            if (id == null) {
                // Written before the journal kept the id and name.
                return "created";
            }
            return "created " + (name == null || name.isBlank() ? "a candidate without a name" : name)
                    + " (opportunity " + id + ")"
                    + (deduped ? ", added to the existing contact with this email" : "");
        }
    }
}
