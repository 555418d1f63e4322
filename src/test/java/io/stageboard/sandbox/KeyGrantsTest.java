package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --grant KEY=…}: keys limited endpoint by endpoint, and confidential records behind their own grant. */
class KeyGrantsTest {

    private static SandboxServer server;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.parse(List.of(
                "--size",
                "200",
                "--api-key",
                "main",
                "--grant",
                "narrow=stages:read,opportunities:read",
                "--grant=secret=stages:read,opportunities:read,postings:read,confidential:access")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void grantOptionsBecomeKeysWithThosePermissions() {
        SandboxOptions o = SandboxOptions.parse(List.of("--grant", "k=stages:read, tags:read", "--grant", "none="));

        assertThat(o.grants()).isEqualTo(Map.of("k", Set.of("stages:read", "tags:read"), "none", Set.of()));
    }

    @Test
    void aBadGrantIsRefusedWithASentence() {
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--grant", "k=stage:read")))
                .hasMessageStartingWith("--grant: unknown permission 'stage:read'. Known: *, stages:read,");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--grant", "no-permissions")))
                .hasMessage("--grant must be KEY=PERMISSION,PERMISSION,… with a key without ':', got "
                        + "'no-permissions'.");
    }

    @Test
    void aNarrowKeyGetsLeversForbiddenShapeOutsideItsGrant() {
        SandboxHttp narrow = SandboxHttp.withKey(server, "narrow");

        assertThat(narrow.get("/stages").status()).isEqualTo(200);
        SandboxHttp.Answer postings = narrow.get("/postings");
        assertThat(postings.status()).isEqualTo(403);
        assertThat(postings.json().get("code").asText()).isEqualTo("ForbiddenError");
        assertThat(postings.json().get("message").asText())
                .isEqualTo("This API key does not have permission to read postings (postings:read).");
    }

    @Test
    void confidentialOpportunitiesNeedTheGrantAndConfidentialityAll() {
        long all = server.data().opportunityCount();
        long open = server.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential"))
                .count();
        SandboxHttp narrow = SandboxHttp.withKey(server, "narrow");
        SandboxHttp secret = SandboxHttp.withKey(server, "secret");

        assertThat(open).isLessThan(all);
        assertThat(narrow.get("/opportunities?confidentiality=all").status()).isEqualTo(403);
        assertThat(count(secret, "/opportunities?limit=100&confidentiality=all"))
                .isEqualTo(all);
        assertThat(count(secret, "/opportunities?limit=100")).isEqualTo(open);
    }

    @Test
    void aConfidentialRecordIsNotFoundForAKeyWithoutTheGrant() {
        String id = server.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("confidential"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(SandboxHttp.withKey(server, "narrow")
                        .get("/opportunities/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(SandboxHttp.withKey(server, "secret")
                        .get("/opportunities/" + id)
                        .status())
                .isEqualTo(200);
    }

    private static long count(SandboxHttp http, String path) {
        long n = 0;
        String next = null;
        do {
            SandboxHttp.Answer a = http.get(path + (next == null ? "" : "&offset=" + next));
            n += a.json().get("data").size();
            next = a.json().path("hasNext").asBoolean() ? a.json().get("next").asText() : null;
        } while (next != null);
        return n;
    }
}
