package io.stageboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageboard.api.LeverAuthenticationException;
import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverServerException;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyCheckTest {

    private static SandboxServer sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(30));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static KeyReport check(String key) {
        try (LeverClient client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(key)
                .maxAttempts(1)
                .build()) {
            return KeyCheck.run(client);
        }
    }

    @Test
    void aFullKeyMayDoEverythingStageboardUses() {
        KeyReport report = check(sandbox.apiKey());

        assertThat(report.allAllowed()).isTrue();
        assertThat(report.missingSentence()).isEmpty();
    }

    @Test
    void aReadOnlyKeyIsReportedEndpointByEndpointWithoutChangingAnything() {
        sandbox.grantKey(
                "read-only",
                Set.of(
                        "stages:read",
                        "opportunities:read",
                        "users:read",
                        "postings:read",
                        "tags:read",
                        "archive_reasons:read",
                        "notes:read",
                        "sources:read"));

        KeyReport report = check("read-only");

        assertThat(report.denied()).isEqualTo(List.of(Feature.OPPORTUNITIES_WRITE, Feature.NOTES_WRITE));
        assertThat(report.missingSentence())
                .isEqualTo(
                        "Without moving, archiving and tagging candidates, adding and"
                                + " deleting notes, Stageboard will show what it can. Ask a Super Admin to grant this key"
                                + " Opportunities (write), Notes (write) under Settings › Integrations and API › API Credentials.");
    }

    @Test
    void theWriteProbesLeaveLeverAsItWas() {
        List<?> before = List.copyOf(sandbox.data().opportunities());

        check(sandbox.apiKey());

        assertThat(sandbox.data().opportunities()).isEqualTo(before);
    }

    @Test
    void confidentialAccessIsFoundAndIsNotAMissingPermission() {
        sandbox.grantKey("confidential", Set.of("*", "confidential:access"));

        assertThat(check("confidential").confidentialAccess()).isTrue();
        assertThat(check(sandbox.apiKey()).confidentialAccess()).isFalse();
        assertThat(check(sandbox.apiKey()).denied()).isEmpty();
    }

    @Test
    void anErrorPageInsteadOfTheFirstAnswerStopsTheCheckWithOneFailure() {
        sandbox.faults().next("GET", "/stages", Fault.htmlErrorPage(502));

        assertThatThrownBy(() -> check(sandbox.apiKey()))
                .isInstanceOf(LeverServerException.class)
                .hasMessageStartingWith(
                        "Lever answered with an error page (HTTP 502) instead of data; Lever may be having trouble."
                                + " Try again in a few minutes.");
    }

    @Test
    void aRejectedKeyStopsTheCheckWithThe401Sentence() {
        assertThatThrownBy(() -> check("not-a-key"))
                .isInstanceOf(LeverAuthenticationException.class)
                .hasMessageNotContaining("not-a-key");
    }
}
