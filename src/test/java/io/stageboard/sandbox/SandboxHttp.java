package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny test client over java.net.http, independent of the project's Lever client. */
final class SandboxHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A response: status, headers and body text (parsed on demand). */
    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;

    private SandboxHttp(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** Basic auth with the server's main key. */
    static SandboxHttp of(SandboxServer server) {
        return withKey(server, server.apiKey());
    }

    /** Basic auth with {@code key} as user name and an empty password, as Lever expects. */
    static SandboxHttp withKey(SandboxServer server, String key) {
        return new SandboxHttp(
                server.baseUrl(),
                "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
    }

    /** A raw Authorization header, or none when null. */
    static SandboxHttp withAuthorization(SandboxServer server, String header) {
        return new SandboxHttp(server.baseUrl(), header);
    }

    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    Answer put(String pathAndQuery, String json) {
        return send("PUT", pathAndQuery, json);
    }

    Answer post(String pathAndQuery, String json) {
        return send("POST", pathAndQuery, json);
    }

    Answer delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    /** Sends a request; IOExceptions (dropped connections) are rethrown unchecked. */
    Answer send(String method, String pathAndQuery, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return exchange(b.build(), HttpResponse.BodyHandlers.ofString(), r -> new Answer(r.statusCode(), r.body(), r));
    }

    /** POSTs a body as it is, e.g. multipart; {@code ofInputStream} publishers go out chunked. */
    Answer postBody(String pathAndQuery, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(body);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return exchange(b.build(), HttpResponse.BodyHandlers.ofString(), r -> new Answer(r.statusCode(), r.body(), r));
    }

    /** GETs raw bytes (a download). */
    HttpResponse<byte[]> download(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return exchange(b.build(), HttpResponse.BodyHandlers.ofByteArray(), r -> r);
    }

    private <T, R> R exchange(
            HttpRequest request,
            HttpResponse.BodyHandler<T> handler,
            java.util.function.Function<HttpResponse<T>, R> answer) {
        try {
            return answer.apply(client.send(request, handler));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
