package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageboard.sandbox.Attachments.Kind;
import io.stageboard.sandbox.Attachments.Stored;
import java.util.ArrayList;
import java.util.List;

/**
 * An opportunity's résumés and files: {@code POST /opportunities/:id/files} and, for both {@code resumes} and
 * {@code files}, the list, one item and its download.
 *
 * <p>Shapes: a résumé is {@code {id, createdAt, file: {name, ext, downloadUrl, uploadedAt, status, size},
 * parsedData: {positions, schools}}} (field list from the Go client's model, whose comments are Lever's docs); a
 * file is flat, {@code {id, downloadUrl, ext, name, uploadedAt, status, size}} (the fields an integrator's summary
 * of Lever's upload answer names; the flat shape is unconfirmed). Also unconfirmed: {@code schools} (the Go model
 * tags it {@code school}), the upload's status code (200 here, like notes), {@code perform_as} being required for
 * an upload, the list filters' names, and {@code ext} being lower case without the dot. {@code parsedData} holds
 * empty {@code positions} and {@code schools}: the sandbox reads contact details, not work history.
 */
final class AttachmentHandlers {

    private final SandboxData data;
    private final Attachments attachments;
    private final String baseUrl;

    AttachmentHandlers(SandboxData data, Attachments attachments, String baseUrl) {
        this.data = data;
        this.attachments = attachments;
        this.baseUrl = baseUrl;
    }

    void register(Router router) {
        router.add("POST", "/opportunities/:id/files", "files:write", this::upload);
        for (Kind kind : Kind.values()) {
            String path = "/opportunities/:id/" + segment(kind);
            String permission = segment(kind) + ":read";
            router.add("GET", path, permission, r -> list(r, kind))
                    .add("GET", path + "/:itemId", permission, r -> Response.ok(LeverJson.single(json(item(r, kind)))))
                    .add("GET", path + "/:itemId/download", permission, r -> download(item(r, kind)));
        }
    }

    private static String segment(Kind kind) {
        return kind == Kind.RESUME ? "resumes" : "files";
    }

    private String existing(Request r) {
        return OpportunityWriteHandlers.existing(r, data);
    }

    private Stored item(Request r, Kind kind) {
        String id = existing(r);
        String itemId = r.pathParam("itemId");
        return attachments
                .find(id, kind, itemId)
                .orElseThrow(() -> ReferenceHandlers.notFound(kind == Kind.RESUME ? "Resume" : "File", itemId));
    }

    private Response list(Request r, Kind kind) {
        String id = existing(r);
        Long start = r.millis(r.one("uploadedAtStart") != null ? "uploadedAtStart" : "uploaded_at_start");
        Long end = r.millis(r.one("uploadedAtEnd") != null ? "uploadedAtEnd" : "uploaded_at_end");
        List<Stored> items = attachments.list(id, kind).stream()
                .filter(s -> (start == null || s.uploadedAt() >= start) && (end == null || s.uploadedAt() <= end))
                .toList();
        OffsetTokens.Page<Stored> page = OffsetTokens.page(
                items,
                s -> new OffsetTokens.Key(s.uploadedAt(), s.id()),
                OffsetTokens.ASCENDING,
                r.offset(),
                r.limit(100),
                r.fingerprint());
        return Response.ok(LeverJson.list(page.items().stream().map(this::json).toList(), page.hasNext(), page.next()));
    }

    private static Response download(Stored s) {
        return Response.download(new Response.FileBody(s.bytes(), s.contentType(), s.name()));
    }

    /**
     * {@code multipart/form-data} with the file as {@code file} (or {@code files}, {@code files[]}, {@code files[N]});
     * a part named {@code resume} or {@code resumeFile} is stored as a résumé. With {@code parse=true} a résumé
     * fills the opportunity's empty name, emails, phones and links. Answers the first stored item.
     */
    private Response upload(Request r) {
        String id = existing(r);
        String user = OpportunityWriteHandlers.performAs(r, data);
        if (user == null) {
            throw ApiError.badRequest("perform_as is required to upload a file: pass the id of the user who adds it.");
        }
        if (!"multipart/form-data".equals(r.mediaType())) {
            throw ApiError.unsupportedMediaType("Upload files as multipart/form-data, not '" + r.mediaType() + "'.");
        }
        boolean parse = Boolean.TRUE.equals(r.bool("parse"));
        List<Stored> stored = new ArrayList<>();
        for (Multipart.Part p : Multipart.parse(r.contentType(), r.body())) {
            if (!p.isFile()) {
                continue;
            }
            CreateForm.Upload upload = new CreateForm.Upload(p.fileName(), p.contentType(), p.data());
            boolean resume = p.name().equals("resume") || p.name().equals("resumeFile");
            if (resume && parse) {
                ResumeFacts facts = ResumeFacts.of(ResumeText.of(upload));
                OpportunityWriteHandlers.change(id, () -> data.fillContact(id, facts));
            }
            stored.add(attachments.add(id, resume ? Kind.RESUME : Kind.FILE, upload));
        }
        if (stored.isEmpty()) {
            throw ApiError.badRequest("No file in the form: send it as a part named 'file' with a filename.");
        }
        return Response.ok(LeverJson.single(json(stored.get(0))));
    }

    private ObjectNode json(Stored s) {
        String url =
                baseUrl + "/opportunities/" + s.opportunityId() + "/" + segment(s.kind()) + "/" + s.id() + "/download";
        ObjectNode file = LeverJson.MAPPER.createObjectNode();
        if (s.kind() == Kind.FILE) {
            file.put("id", s.id());
        }
        file.put("name", s.name())
                .put("ext", s.ext())
                .put("downloadUrl", url)
                .put("uploadedAt", s.uploadedAt())
                .put("status", "processed")
                .put("size", s.bytes().length);
        if (s.kind() == Kind.FILE) {
            return file;
        }
        ObjectNode resume =
                LeverJson.MAPPER.createObjectNode().put("id", s.id()).put("createdAt", s.uploadedAt());
        resume.set("file", file);
        ObjectNode parsed = resume.putObject("parsedData");
        parsed.putArray("positions");
        parsed.putArray("schools");
        return resume;
    }
}
