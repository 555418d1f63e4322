package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields and files of a {@code POST /opportunities}, whether sent as JSON or as {@code multipart/form-data}.
 * A multipart form is turned into the JSON body Lever documents, so one set of checks serves both. Public clients
 * spell some multipart names differently (the reference, §5): {@code posting} and {@code postings}, {@code resume}
 * and {@code resumeFile}, {@code files}, {@code files[]} and {@code files[0]}; repeated names and {@code name[]} or
 * {@code name[N]} all make arrays. Which spelling Lever itself documents is unconfirmed, so each is accepted.
 * Empty text fields count as absent (HTML forms send them); unknown names are ignored, as a lenient server would.
 */
final class CreateForm {

    /** A file sent in the form. */
    record Upload(String fileName, String contentType, byte[] bytes) {}

    private static final Set<String> TEXT =
            Set.of("name", "headline", "stage", "location", "origin", "owner", "contact");
    private static final Set<String> ARRAYS = Set.of("emails", "links", "tags", "sources", "followers", "postings");
    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z]+)(?:\\[(\\d*)])?$");
    private static final Pattern PHONE = Pattern.compile("^phones\\[(\\d+)]\\[(type|value)]$");
    private static final Pattern ARCHIVED = Pattern.compile("^archived\\[(reason|archivedAt)]$");

    private final ObjectNode fields;
    private final Upload resume;
    private final List<Upload> files;

    private CreateForm(ObjectNode fields, Upload resume, List<Upload> files) {
        this.fields = fields;
        this.resume = resume;
        this.files = List.copyOf(files);
    }

    /** Reads the request body by its media type; 415 for anything but JSON and multipart/form-data. */
    static CreateForm of(Request r) {
        String type = r.mediaType();
        // No Content-Type at all is read as JSON, as the sandbox always did; a wrong one is refused.
        if (type == null || type.equals("application/json")) {
            return new CreateForm((ObjectNode) r.json(), null, List.of());
        }
        if (type.equals("multipart/form-data")) {
            return fromParts(Multipart.parse(r.contentType(), r.body()));
        }
        throw ApiError.unsupportedMediaType("POST /opportunities takes application/json or multipart/form-data "
                + "(needed to send a résumé or files), not '" + type + "'.");
    }

    /** The candidate's fields in Lever's JSON shape. */
    ObjectNode fields() {
        return fields;
    }

    /** The résumé, or null when none was sent. */
    Upload resume() {
        return resume;
    }

    /** Other files, in the order sent. */
    List<Upload> files() {
        return files;
    }

    private static CreateForm fromParts(List<Multipart.Part> parts) {
        FieldReader reader = new FieldReader();
        Upload resume = null;
        List<Upload> files = new ArrayList<>();
        for (Multipart.Part p : parts) {
            if (p.isFile() && p.fileName().isEmpty() && p.data().length == 0) {
                continue; // an HTML form's file input left empty
            }
            Matcher indexed = INDEXED.matcher(p.name());
            String base = indexed.matches() ? indexed.group(1) : p.name();
            if (base.equals("resume") || base.equals("resumeFile")) {
                resume = upload(p);
            } else if (base.equals("files") || base.equals("file")) {
                files.add(upload(p));
            } else if (p.isFile()) {
                throw ApiError.badRequest(
                        "Field '" + p.name() + "' carries a file; send files as 'resume' or " + "'files'.");
            } else if (!p.text().isEmpty()) {
                reader.add(p.name(), indexed.matches() ? base : null, p.text());
            }
        }
        return new CreateForm(reader.finish(), resume, files);
    }

    /** Collects text fields into Lever's JSON shape. */
    private static final class FieldReader {

        private final ObjectNode fields = LeverJson.MAPPER.createObjectNode();
        private final Map<Integer, ObjectNode> indexedPhones = new TreeMap<>();
        private final List<ObjectNode> barePhones = new ArrayList<>();

        /** {@code base} is the name without a trailing {@code []} or {@code [N]}, or null for other shapes. */
        void add(String name, String base, String value) {
            Matcher phone = PHONE.matcher(name);
            Matcher archived = ARCHIVED.matcher(name);
            if (phone.matches()) {
                indexedPhones
                        .computeIfAbsent(Integer.parseInt(phone.group(1)), i -> LeverJson.MAPPER.createObjectNode())
                        .put(phone.group(2), value);
            } else if (archived.matches()) {
                ObjectNode a =
                        fields.has("archived") ? (ObjectNode) fields.get("archived") : fields.putObject("archived");
                if (archived.group(1).equals("archivedAt")) {
                    a.put("archivedAt", millis("archived[archivedAt]", value));
                } else {
                    a.put("reason", value);
                }
            } else if (base == null) {
                return;
            } else if (base.equals("createdAt")) {
                fields.put("createdAt", millis("createdAt", value));
            } else if (ARRAYS.contains(base) || base.equals("posting")) {
                String key = base.equals("posting") ? "postings" : base;
                (fields.has(key) ? (ArrayNode) fields.get(key) : fields.putArray(key)).add(value);
            } else if (base.equals("phones")) {
                // A bare number, as some forms send it: Lever's default phone type applies.
                barePhones.add(
                        LeverJson.MAPPER.createObjectNode().put("type", "other").put("value", value));
            } else if (TEXT.contains(base) && name.equals(base)) {
                fields.put(base, value);
            }
        }

        ObjectNode finish() {
            if (!indexedPhones.isEmpty() || !barePhones.isEmpty()) {
                ArrayNode array = fields.putArray("phones");
                indexedPhones.values().forEach(array::add);
                barePhones.forEach(array::add);
            }
            return fields;
        }
    }

    private static Upload upload(Multipart.Part p) {
        if (!p.isFile()) {
            throw ApiError.badRequest("Field '" + p.name() + "' must be a file part (with a filename).");
        }
        return new Upload(p.fileName(), p.contentType(), p.data());
    }

    private static long millis(String field, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + field + "' must be milliseconds since the epoch, not '" + value + "'.");
        }
    }

    /** Whether a JSON field is missing or empty (null, blank text, empty array), so a parsed résumé may fill it. */
    static boolean isEmpty(JsonNode node) {
        return node == null
                || node.isNull()
                || (node.isTextual() && node.asText().isBlank())
                || (node.isArray() && node.isEmpty());
    }
}
