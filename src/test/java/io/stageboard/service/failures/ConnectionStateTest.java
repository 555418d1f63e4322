package io.stageboard.service.failures;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.credentials.Feature;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The status bar's connection states, each from a real answer of the sandbox's fault injection. */
class ConnectionStateTest {

    private static SandboxServer sandbox;
    private static LeverClient client;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(10));
        client = clientWith(sandbox.apiKey());
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    private static LeverClient clientWith(String key) {
        return LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(key)
                .maxAttempts(1)
                .build();
    }

    /** The failure of reading the stages once with this fault, or null when it worked. */
    private static Throwable failureWith(Fault fault) {
        if (fault != null) {
            sandbox.faults().next("GET", "/stages", fault);
        }
        return catching(client::stages);
    }

    @Test
    void anAnswerIsConnected() {
        assertThat(ConnectionState.of(failureWith(null)).describe(null, null)).isEqualTo("Connected");
    }

    @Test
    void noAnswerIsOfflineWithTheNextTry() {
        Throwable dropped = failureWith(Fault.dropConnection());

        assertThat(ConnectionState.of(dropped).describe(dropped, Duration.ofSeconds(60)))
                .isEqualTo("Offline · next try in 60 s");
    }

    @Test
    void aServerErrorOrAnErrorPageIsLeverUnavailable() {
        Throwable down = failureWith(Fault.status(503));
        Throwable page = failureWith(Fault.htmlErrorPage(502));

        assertThat(ConnectionState.of(down).describe(down, Duration.ofSeconds(10)))
                .isEqualTo("Lever unavailable (HTTP 503) · next try in 10 s");
        assertThat(ConnectionState.of(page).describe(page, null)).isEqualTo("Lever unavailable (HTTP 502)");
    }

    @Test
    void cutJsonIsLeverUnavailable() {
        assertThat(ConnectionState.of(failureWith(Fault.malformedJson()))).isEqualTo(ConnectionState.UNAVAILABLE);
    }

    @Test
    void aRateLimitSaysHowLongLeverAskedToWait() {
        Throwable limited = failureWith(Fault.tooManyRequests(30));

        assertThat(ConnectionState.of(limited).describe(limited, Duration.ofSeconds(30)))
                .isEqualTo("Rate limited: Lever asked to wait 30 s · next try in 30 s");
    }

    @Test
    void aRejectedKeyIsKeyRejectedAndAMissingPermissionIsStillConnected() {
        sandbox.grantKey("stages-only", Set.of("stages:read"));
        Throwable rejected;
        Throwable refused;
        try (LeverClient wrong = clientWith("wrong-key");
                LeverClient narrow = clientWith("stages-only")) {
            rejected = catching(wrong::stages);
            refused = catching(narrow::tags);
        }

        assertThat(ConnectionState.of(rejected).describe(rejected, null))
                .isEqualTo("Key rejected · connect the account again with a new key");
        assertThat(ConnectionState.of(refused)).isEqualTo(ConnectionState.CONNECTED);
        assertThat(FailurePolicy.missingPermission(Feature.TAGS).text())
                .isEqualTo("This API key lacks Tags (read),"
                        + " needed for the tag filter and tag suggestions. Ask a Super Admin to grant it under Settings ›"
                        + " Integrations and API › API Credentials.");
    }

    private static Throwable catching(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
