package io.stageboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Lever's JSON envelopes ({@code {"data": …, "hasNext": …, "next": …}}) into the typed records and writes
 * request bodies. Lenient by design: Lever adds fields over time and nulls many of them.
 */
final class JsonCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    /** Reads {@code {"data": {…}}} into one record. */
    <T> T single(String body, Class<T> type) {
        JsonNode data = data(body);
        if (!data.isObject()) {
            throw unreadable("its data was not an object", null);
        }
        return convert(data, mapper.constructType(type));
    }

    /** Reads a boolean beside the record in {@code data} (or at the top level), such as {@code deduped}. */
    boolean dataFlag(String body, String field) {
        JsonNode root = tree(body);
        return root.path("data").path(field).asBoolean(false)
                || root.path(field).asBoolean(false);
    }

    /** Reads a list envelope; a missing {@code hasNext} means false, a missing {@code data} an empty page. */
    <T> Page<T> page(String body, Class<T> type) {
        JsonNode root = tree(body);
        JsonNode data = root.path("data");
        if (!data.isMissingNode() && !data.isNull() && !data.isArray()) {
            throw unreadable("its data was not a list", null);
        }
        List<T> items = new ArrayList<>();
        JavaType itemType = mapper.constructType(type);
        for (JsonNode item : data) {
            items.add(convert(item, itemType));
        }
        JsonNode next = root.path("next");
        String token = next.isTextual() && !next.asText().isEmpty() ? next.asText() : null;
        return new Page<>(items, root.path("hasNext").asBoolean(false), token);
    }

    /** Serialises a request body. */
    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise request body", e);
        }
    }

    /**
     * Reads Lever's error body {@code {"code": …, "message": …}}.
     *
     * @return {code, message}, each possibly null; both null when the body is not such JSON
     */
    String[] errorFields(String body) {
        try {
            JsonNode root = mapper.readTree(body == null ? "" : body);
            if (root == null || !root.isObject()) {
                return new String[] {null, null};
            }
            return new String[] {text(root.get("code")), text(root.get("message"))};
        } catch (JsonProcessingException e) {
            return new String[] {null, null};
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private JsonNode data(String body) {
        JsonNode data = tree(body).get("data");
        if (data == null || data.isNull()) {
            throw unreadable("it had no data", null);
        }
        return data;
    }

    private JsonNode tree(String body) {
        try {
            JsonNode root = mapper.readTree(body == null ? "" : body);
            if (root == null || !root.isObject()) {
                throw unreadable("it was not a JSON object", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw unreadable("it was not valid JSON", e);
        }
    }

    private <T> T convert(JsonNode node, JavaType type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unreadable("a field had an unexpected shape", e);
        }
    }

    // The message is a plain sentence; the parser's detail stays in the cause for the log.
    private static LeverResponseException unreadable(String why, Throwable cause) {
        return new LeverResponseException(
                0,
                null,
                null,
                "Lever sent an answer Stageboard could not read (" + why + "). Try again; if it keeps happening,"
                        + " Lever may have changed its API.",
                cause);
    }
}
