package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTest {

    private SandboxServer server;
    private SandboxHttp http;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(30));
        http = SandboxHttp.of(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Opportunity notInOffer() {
        return server.data().opportunities().stream()
                .filter(o -> !o.stage().equals("offer"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aScriptedStatusAnswersJsonOnceThenTheServerRecovers() {
        server.faults().next(Fault.status(503));

        SandboxHttp.Answer failed = http.get("/stages");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().get("code").asText()).isEqualTo("ServiceUnavailableError");
        assertThat(http.get("/stages").status()).isEqualTo(200);
        assertThat(server.faults().pending()).isZero();
    }

    @Test
    void faultsAreConsumedInOrderByMatchingRequestsOnly() {
        Opportunity o = notInOffer();
        server.faults().next("PUT", "/opportunities/*/stage", Fault.status(502), Fault.status(500));

        assertThat(http.get("/opportunities/" + o.id()).status()).isEqualTo(200);
        assertThat(http.put("/opportunities/" + o.id() + "/stage", "{\"stage\":\"offer\"}")
                        .status())
                .isEqualTo(502);
        assertThat(http.put("/opportunities/" + o.id() + "/stage", "{\"stage\":\"offer\"}")
                        .status())
                .isEqualTo(500);
        assertThat(server.data().opportunity(o.id()).orElseThrow().stage()).isEqualTo(o.stage());
        assertThat(http.put("/opportunities/" + o.id() + "/stage", "{\"stage\":\"offer\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void tooManyRequestsWithAndWithoutRetryAfter() {
        server.faults().next(Fault.tooManyRequests(null), Fault.tooManyRequests(7));

        SandboxHttp.Answer plain = http.get("/stages");
        SandboxHttp.Answer withHeader = http.get("/stages");

        assertThat(plain.status()).isEqualTo(429);
        assertThat(plain.json().get("code").asText()).isEqualTo("TooManyRequestsError");
        assertThat(plain.raw().headers().firstValue("Retry-After")).isEmpty();
        assertThat(withHeader.status()).isEqualTo(429);
        assertThat(withHeader.raw().headers().firstValue("Retry-After")).contains("7");
        assertThat(server.stats().tooManyRequests()).isEqualTo(2);
    }

    @Test
    void aDroppedConnectionGetsNoResponseAndChangesNothing() {
        Opportunity o = notInOffer();
        server.faults().next("PUT", "/opportunities/*/stage", Fault.dropConnection());

        assertThatThrownBy(() -> http.put("/opportunities/" + o.id() + "/stage", "{\"stage\":\"offer\"}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(server.data().opportunity(o.id()).orElseThrow().stage()).isEqualTo(o.stage());
        assertThat(server.stats().droppedConnections()).isEqualTo(1);
    }

    @Test
    void applyThenDropPerformsTheWriteButLosesTheResponse() {
        Opportunity o = notInOffer();
        server.faults().next("PUT", "/opportunities/*/stage", Fault.applyThenDrop());

        assertThatThrownBy(() -> http.put("/opportunities/" + o.id() + "/stage", "{\"stage\":\"offer\"}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(server.data().opportunity(o.id()).orElseThrow().stage()).isEqualTo("offer");
    }

    @Test
    void malformedJsonIsA200WithATruncatedBody() {
        server.faults().next("GET", "/stages", Fault.malformedJson());

        SandboxHttp.Answer a = http.get("/stages");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).startsWith("{\"data\":[");
        assertThatThrownBy(a::json).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void anHtmlErrorPageLooksLikeAProxy() {
        server.faults().next(Fault.htmlErrorPage(502));

        SandboxHttp.Answer a = http.get("/users");

        assertThat(a.status()).isEqualTo(502);
        assertThat(a.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(a.body()).contains("<html>").contains("502 Bad Gateway");
    }

    @Test
    void aDelayStillAnswersNormally() {
        server.faults().next(Fault.delay(50));

        assertThat(http.get("/stages").status()).isEqualTo(200);
        assertThat(server.faults().pending()).isZero();
    }

    @Test
    void clearRemovesQueuedFaults() {
        server.faults().next(Fault.status(500), Fault.status(500));
        server.faults().clear();

        assertThat(http.get("/stages").status()).isEqualTo(200);
    }

    @Test
    void aTrailingDoubleStarMatchesTheRestOfThePath() {
        Opportunity o = notInOffer();
        server.faults().next("*", "/opportunities/**", Fault.status(500));

        assertThat(http.get("/stages").status()).isEqualTo(200);
        assertThat(http.get("/opportunities/" + o.id() + "/notes").status()).isEqualTo(500);
    }

    @Test
    void aFailureRateOfOneFailsEveryRequestInOneOfThreeWays() throws Exception {
        try (SandboxServer flaky =
                SandboxServer.start(SandboxOptions.defaults().withSize(5).withFailureRate(1.0))) {
            SandboxHttp client = SandboxHttp.of(flaky);
            for (int i = 0; i < 20; i++) {
                try {
                    assertThat(client.get("/stages").status()).isIn(429, 503);
                } catch (UncheckedIOException dropped) {
                    // a dropped connection is one of the three failures
                }
            }
            // java.net.http retries a GET once after a dropped connection, so count what the server saw.
            assertThat(flaky.stats().tooManyRequests()
                            + flaky.stats().serverErrors()
                            + flaky.stats().droppedConnections())
                    .isEqualTo(flaky.stats().requests());
            assertThat(flaky.stats().requests()).isGreaterThanOrEqualTo(20);
        }
    }
}
