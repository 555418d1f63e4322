package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a handler answers: a status and a JSON body (null for 204), or for a download the file itself
 * ({@code file} set, {@code body} null).
 */
record Response(int status, JsonNode body, FileBody file) {

    /** Bytes sent as they are, with their media type and the name offered to save them under. */
    record FileBody(byte[] bytes, String contentType, String fileName) {}

    Response(int status, JsonNode body) {
        this(status, body, null);
    }

    static Response ok(JsonNode body) {
        return new Response(200, body);
    }

    static Response noContent() {
        return new Response(204, null);
    }

    static Response download(FileBody file) {
        return new Response(200, null, file);
    }
}
