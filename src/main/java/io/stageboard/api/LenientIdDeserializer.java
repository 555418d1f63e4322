package io.stageboard.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Reads a reference that Lever sends as an id string, or, with {@code expand=…}, as an object; the object is
 * reduced to its {@code id} so records keep one shape whatever the caller expanded.
 */
final class LenientIdDeserializer extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            JsonNode id = node.get("id");
            return id == null || id.isNull() ? null : id.asText();
        }
        return node.asText();
    }

    @Override
    public String getNullValue(DeserializationContext context) {
        return null;
    }
}
