package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

    private static final String KEY = "sk-abcdef-123456";
    private final ErrorMapper mapper = new ErrorMapper(new JsonCodec(), new Redactor(KEY, "c2stYWJjZGVmLTEyMzQ1Njo="));

    @Test
    void eachStatusBecomesItsTypedErrorWithASentence() {
        assertThat(map(400, "{\"code\":\"BadRequestError\",\"message\":\"Email address is not valid\"}"))
                .isInstanceOf(LeverBadRequestException.class)
                .hasMessage("Lever refused the request: Email address is not valid (HTTP 400)");
        assertThat(map(422, "{}")).isInstanceOf(LeverBadRequestException.class);
        assertThat(map(401, "{}")).isInstanceOf(LeverAuthenticationException.class);
        assertThat(map(403, "{\"message\":\"Missing permission notes:write\"}"))
                .isInstanceOf(LeverPermissionException.class)
                .hasMessage("This API key is not allowed to do this (Lever says: Missing permission notes:write);"
                        + " ask a Super Admin to grant the key this permission under Settings → Integrations and API."
                        + " (HTTP 403)");
        assertThat(map(404, "{}"))
                .isInstanceOf(LeverNotFoundException.class)
                .hasMessage("This note no longer exists in Lever; refresh. (HTTP 404)");
        assertThat(map(429, "{}")).isInstanceOf(LeverRateLimitException.class);
        assertThat(map(503, "{}"))
                .isInstanceOf(LeverServerException.class)
                .satisfies(e -> assertThat(e.isTransient()).isTrue());
        assertThat(map(409, "{\"message\":\"Conflict\"}"))
                .isExactlyInstanceOf(LeverException.class)
                .satisfies(e -> assertThat(e.isTransient()).isFalse());
    }

    @Test
    void theRetryAfterHeaderIsKept() {
        LeverException e = mapper.fromResponse(429, "application/json", "{}", "This note", RetryAfter.parse("7"));

        assertThat(((LeverRateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(null)).isNull();
        assertThat(RetryAfter.parse("soon")).isNull();
    }

    @Test
    void anEchoedKeyIsRedactedFromLeversMessage() {
        LeverException e = map(400, "{\"message\":\"Key " + KEY + " is malformed\"}");

        assertThat(e.leverMessage()).isEqualTo("Key [redacted] is malformed");
        assertThat(e.getMessage()).doesNotContain(KEY);
    }

    @Test
    void webPagesAreRecognisedWhateverTheStatus() {
        assertThat(mapper.fromResponse(503, "text/html", "<html><body>Down</body></html>", "This note", null))
                .hasMessageStartingWith("Lever answered with an error page (HTTP 503) instead of data");
        assertThat(mapper.htmlInsteadOfData(200))
                .isInstanceOf(LeverResponseException.class)
                .hasMessageStartingWith("Lever answered with a web page instead of data.");
        assertThat(ErrorMapper.looksLikeHtml(null, "  <!DOCTYPE html><p>")).isTrue();
        assertThat(ErrorMapper.looksLikeHtml("application/json", "{}")).isFalse();
    }

    @Test
    void ioFailuresNameTheHostAndTheReason() {
        assertThat(io(new ConnectException("Connection refused"), false))
                .hasMessage(
                        "Could not reach Lever at api.lever.co: the connection was refused. Check your connection.");
        assertThat(io(new UnknownHostException("api.lever.co"), false))
                .hasMessageContaining("the host name could not be found");
        assertThat(io(new SocketTimeoutException("timeout"), true))
                .hasMessageContaining("the request timed out")
                .satisfies(e -> assertThat(e.mayHaveLanded()).isTrue());
        assertThat(io(new IOException("unexpected end of stream"), false).mayHaveLanded())
                .isFalse();
    }

    private LeverException map(int status, String body) {
        return mapper.fromResponse(status, "application/json", body, "This note", null);
    }

    private LeverException io(IOException e, boolean sent) {
        return mapper.fromIo(e, "api.lever.co", sent);
    }
}
