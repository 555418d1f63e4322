package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One API request as the handlers see it: method, path relative to /v1, decoded query, the body and its
 * {@code Content-Type} (null when the client sent none).
 */
final class Request {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final String method;
    private final String path;
    private final List<String> segments;
    private final Map<String, List<String>> query;
    private final byte[] body;
    private final String contentType;
    private final Map<String, String> pathParams = new HashMap<>();
    private boolean confidentialAccess;

    Request(String method, String path, String rawQuery, byte[] body) {
        this(method, path, rawQuery, body, null);
    }

    Request(String method, String path, String rawQuery, byte[] body, String contentType) {
        this.method = method;
        this.path = path;
        // '+' is a plus sign in a path (only a query turns it into a space): a tag such as "C++" travels as is.
        this.segments = Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8))
                .toList();
        this.query = parseQuery(rawQuery);
        this.body = body;
        this.contentType = contentType;
    }

    /** Set by the router: whether the key may see confidential postings and opportunities. */
    void confidentialAccess(boolean allowed) {
        confidentialAccess = allowed;
    }

    /**
     * The validated {@code confidentiality} parameter ({@code non-confidential} by default); asking for confidential
     * records with a key not allowed to see them is refused with 403, as Lever does.
     */
    String confidentiality() {
        String value = one("confidentiality") == null ? "non-confidential" : one("confidentiality");
        if (!Set.of("non-confidential", "confidential", "all").contains(value)) {
            throw ApiError.badRequest(
                    "Invalid confidentiality '" + value + "': expected non-confidential, confidential or all.");
        }
        if (!value.equals("non-confidential") && !confidentialAccess) {
            throw ApiError.forbidden(
                    "This API key does not have access to confidential data (" + KeyRing.CONFIDENTIAL + ").");
        }
        return value;
    }

    /** Whether a record of this confidentiality may be shown to the key at all. */
    boolean maySee(String recordConfidentiality) {
        return confidentialAccess || !"confidential".equals(recordConfidentiality);
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return map;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                map.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("The query string is not correctly URL-encoded near '" + pair + "'.");
            }
        }
        return map;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** The raw body bytes. */
    byte[] body() {
        return body;
    }

    /** The media type of the body, lower case and without parameters (e.g. "multipart/form-data"), or null. */
    String mediaType() {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    /** The whole {@code Content-Type} header, parameters included, or null. */
    String contentType() {
        return contentType;
    }

    List<String> segments() {
        return segments;
    }

    void pathParam(String name, String value) {
        pathParams.put(name, value);
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** Every value of a repeatable query parameter (empty values dropped). */
    List<String> all(String name) {
        return query.getOrDefault(name, List.of()).stream()
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /** The first value of a query parameter, or null. */
    String one(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** {@code limit} from 1 to 100, or {@code fallback} when absent. */
    int limit(int fallback) {
        String v = one("limit");
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the shared message
        }
        throw ApiError.badRequest("Invalid limit '" + v + "': limit must be an integer from 1 to 100.");
    }

    /** The decoded offset key, or null for the first page. */
    OffsetTokens.Key offset() {
        String v = one("offset");
        return v == null ? null : OffsetTokens.decode(v, fingerprint());
    }

    /**
     * Identifies the query apart from paging and presentation ({@code expand}, {@code include}), so an offset
     * token can only continue a walk over the same filters.
     */
    String fingerprint() {
        Map<String, List<String>> sorted = new TreeMap<>(query);
        sorted.keySet().removeAll(List.of("limit", "offset", "expand", "include"));
        sorted.replaceAll((k, v) -> v.stream().sorted().toList());
        return Integer.toHexString((path + "?" + sorted).hashCode());
    }

    /** A millisecond timestamp parameter, or null when absent. */
    Long millis(String name) {
        String v = one(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Invalid " + name + " '" + v + "': expected milliseconds since the epoch.");
        }
    }

    /** A true/false parameter, or null when absent. */
    Boolean bool(String name) {
        String v = one(name);
        if (v == null) {
            return null;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw ApiError.badRequest("Invalid " + name + " '" + v + "': expected true or false.");
    }

    /** The e-mail filters, each checked to look like an address (Lever answers 400 otherwise). */
    List<String> emails() {
        List<String> emails = all("email");
        for (String e : emails) {
            if (!EMAIL.matcher(e.trim()).matches()) {
                throw ApiError.badRequest("Email address is not valid: '" + e + "'.");
            }
        }
        return emails.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** The body as a JSON object. */
    JsonNode json() {
        if (body.length == 0) {
            throw ApiError.badRequest("The request body is empty; send a JSON object.");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (Exception e) {
            throw ApiError.badRequest("The request body is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("The request body must be a JSON object.");
        }
        return node;
    }
}
