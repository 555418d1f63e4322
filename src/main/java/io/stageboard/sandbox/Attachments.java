package io.stageboard.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The résumés and files uploaded to opportunities while the server runs (seed data has none). Kept apart from
 * {@link SandboxData} because nothing else reads them and their bytes are large; thread-safe on its own.
 */
final class Attachments {

    /** A résumé (listed under {@code /resumes}) or another file ({@code /files}). */
    enum Kind {
        RESUME,
        FILE
    }

    /** One stored upload; {@code ext} is the file name's extension, lower case, without the dot. */
    record Stored(
            String id,
            String opportunityId,
            Kind kind,
            String name,
            String ext,
            String contentType,
            byte[] bytes,
            long uploadedAt) {}

    private final Map<String, List<Stored>> byOpportunity = new HashMap<>();
    private long lastUploadAt;

    /** Stores an upload for an opportunity and returns it with its new id and upload time. */
    synchronized Stored add(String opportunityId, Kind kind, CreateForm.Upload upload) {
        // Never the same millisecond twice for one server, so uploadedAt orders uploads the way they came.
        lastUploadAt = Math.max(System.currentTimeMillis(), lastUploadAt + 1);
        String name = upload.fileName() == null || upload.fileName().isBlank() ? "file" : upload.fileName();
        String type = upload.contentType() == null ? contentTypeOf(extension(name)) : upload.contentType();
        Stored stored = new Stored(
                Ids.random().toString(),
                opportunityId,
                kind,
                name,
                extension(name),
                type,
                upload.bytes().clone(),
                lastUploadAt);
        byOpportunity.computeIfAbsent(opportunityId, id -> new ArrayList<>()).add(stored);
        return stored;
    }

    /** Stores a create form's résumé and files for the opportunity it created. */
    void addAll(String opportunityId, CreateForm form) {
        if (form.resume() != null) {
            add(opportunityId, Kind.RESUME, form.resume());
        }
        form.files().forEach(f -> add(opportunityId, Kind.FILE, f));
    }

    /** An opportunity's uploads of one kind, oldest first. */
    synchronized List<Stored> list(String opportunityId, Kind kind) {
        return byOpportunity.getOrDefault(opportunityId, List.of()).stream()
                .filter(s -> s.kind() == kind)
                .toList();
    }

    /** One upload of an opportunity. */
    synchronized Optional<Stored> find(String opportunityId, Kind kind, String id) {
        return list(opportunityId, kind).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** "CV.PDF" → "pdf"; "" when the name has no extension. */
    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1
                ? ""
                : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A media type for downloads when the upload named none. */
    private static String contentTypeOf(String ext) {
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "doc" -> "application/msword";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }
}
