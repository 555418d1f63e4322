package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** What a handler answers: a status and a JSON body (null for 204). */
record Response(int status, JsonNode body) {

    static Response ok(JsonNode body) {
        return new Response(200, body);
    }

    static Response noContent() {
        return new Response(204, null);
    }
}
