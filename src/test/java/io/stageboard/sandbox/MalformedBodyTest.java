package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies the sandbox cannot read get Lever's {@code {code, message}} quickly, and none leaves a client waiting. The
 * raw-socket tests wait at most one second for the answer: that read timeout is the bound.
 */
class MalformedBodyTest {

    private static final String STALLED =
            "The request body stopped arriving: nothing came for 500 ms before it " + "was complete.";

    private static SandboxServer server;
    private static String performAs;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(5));
        performAs = server.data().users().get(1).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode error(String code, String message) {
        return SandboxHttp.MAPPER.createObjectNode().put("code", code).put("message", message);
    }

    private static String createLine() {
        return "POST /v1/opportunities?perform_as=" + performAs + " HTTP/1.1";
    }

    @Test
    void aBodyThatStopsAfterTheHeadersIsAnsweredWithinASecond() throws Exception {
        try (RawHttp raw = RawHttp.connect(server, 1000)) {
            RawHttp.Answer a = raw.send(RawHttp.head(
                            server,
                            createLine(),
                            "Content-Type: " + MultipartBody.contentType(),
                            "Content-Length: 500"))
                    .answer();

            assertThat(a.status()).isEqualTo(400);
            assertThat(SandboxHttp.MAPPER.readTree(a.body())).isEqualTo(error("BadRequestError", STALLED));
        }
    }

    @Test
    void aChunkedBodyThatStopsHalfWayIsAnsweredWithinASecond() throws Exception {
        try (RawHttp raw = RawHttp.connect(server, 1000)) {
            RawHttp.Answer a = raw.send(RawHttp.head(
                                    server,
                                    createLine(),
                                    "Content-Type: " + MultipartBody.contentType(),
                                    "Transfer-Encoding: chunked")
                            + "6\r\n------\r\n")
                    .answer();

            assertThat(a.status()).isEqualTo(400);
            assertThat(SandboxHttp.MAPPER.readTree(a.body())).isEqualTo(error("BadRequestError", STALLED));
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsAnsweredAtOnce() throws Exception {
        try (RawHttp raw = RawHttp.connect(server, 1000)) {
            RawHttp.Answer a = raw.send(
                            RawHttp.head(server, createLine(), "Content-Type: application/json", "Content-Length: 500")
                                    + "{\"name\":\"Cut")
                    .endOutput()
                    .answer();

            assertThat(a.status()).isEqualTo(400);
            assertThat(SandboxHttp.MAPPER.readTree(a.body()))
                    .isEqualTo(error(
                            "BadRequestError",
                            "The request body "
                                    + "ended before it was complete (the connection closed before the declared Content-Length or "
                                    + "the last chunk arrived)."));
        }
    }

    @Test
    void stalledBodiesDoNotUseUpTheServersThreads() throws Exception {
        // More stalled requests at once than the server has worker threads: each is answered and frees its thread.
        List<RawHttp> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                stalled.add(RawHttp.connect(server, 5000)
                        .send(RawHttp.head(
                                server, createLine(), "Content-Type: application/json", "Content-Length: 10")));
            }
            for (RawHttp raw : stalled) {
                assertThat(raw.answer().status()).isEqualTo(400);
            }
        } finally {
            for (RawHttp raw : stalled) {
                raw.close();
            }
        }

        assertThat(SandboxHttp.of(server).get("/stages").status()).isEqualTo(200);
    }

    @Test
    void aMultipartBodyCutBeforeItsClosingBoundaryIsRefused() {
        byte[] whole = new MultipartBody().field("name", "Ada Lovelace").bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 20);

        HttpResponse<String> a = post(MultipartBody.contentType(), cut);

        assertThat(a.statusCode()).isEqualTo(400);
        assertThat(json(a))
                .isEqualTo(error(
                        "BadRequestError",
                        "The multipart body is incomplete: it ends before "
                                + "the closing boundary (was it cut short?)."));
    }

    @Test
    void aMultipartBodyWithoutABoundaryIsRefused() {
        HttpResponse<String> a = post(
                "multipart/form-data", new MultipartBody().field("name", "Ada").bytes());

        assertThat(a.statusCode()).isEqualTo(400);
        assertThat(json(a))
                .isEqualTo(error(
                        "BadRequestError",
                        "multipart/form-data needs a boundary of 1 to 70 "
                                + "characters in the Content-Type header, e.g. 'multipart/form-data; boundary=XYZ'."));
    }

    @Test
    void aBoundaryTheBodyDoesNotUseIsRefused() {
        HttpResponse<String> a = post(
                "multipart/form-data; boundary=elsewhere",
                new MultipartBody().field("name", "Ada").bytes());

        assertThat(a.statusCode()).isEqualTo(400);
        assertThat(json(a))
                .isEqualTo(error("BadRequestError", "The multipart body does not contain its boundary 'elsewhere'."));
    }

    @Test
    void aPartWithoutContentDispositionIsRefused() {
        String body = "--" + MultipartBody.BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nAda\r\n--"
                + MultipartBody.BOUNDARY + "--\r\n";

        HttpResponse<String> a = post(MultipartBody.contentType(), body.getBytes(StandardCharsets.UTF_8));

        assertThat(a.statusCode()).isEqualTo(400);
        assertThat(json(a))
                .isEqualTo(error(
                        "BadRequestError",
                        "Every multipart part needs 'Content-Disposition: form-data; name=\"...\"'."));
    }

    @Test
    void aBodyInAnotherMediaTypeIsRefusedWith415() {
        HttpResponse<String> a = post("application/x-www-form-urlencoded", "name=Ada".getBytes(StandardCharsets.UTF_8));

        assertThat(a.statusCode()).isEqualTo(415);
        assertThat(json(a))
                .isEqualTo(error(
                        "UnsupportedMediaTypeError",
                        "POST /opportunities takes "
                                + "application/json or multipart/form-data (needed to send a résumé or files), not "
                                + "'application/x-www-form-urlencoded'."));
    }

    private static HttpResponse<String> post(String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/opportunities?perform_as=" + performAs))
                .timeout(Duration.ofSeconds(5))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((server.apiKey() + ":").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> a) {
        try {
            return SandboxHttp.MAPPER.readTree(a.body());
        } catch (Exception e) {
            throw new IllegalStateException(a.body(), e);
        }
    }
}
