package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {

    private static SandboxServer server;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(20).withApiKey("main-key"));
        server.grantKey("read-only", Set.of("opportunities:read", "stages:read"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noKeyAnswers401Json() {
        SandboxHttp.Answer a = SandboxHttp.withAuthorization(server, null).get("/stages");

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json().get("code").asText()).isEqualTo("UnauthorizedError");
        assertThat(a.json().get("message").asText()).isNotBlank();
    }

    @Test
    void aWrongKeyAnswers401() {
        assertThat(SandboxHttp.withKey(server, "nope").get("/stages").status()).isEqualTo(401);
    }

    @Test
    void theKeyIsTheBasicUserNameWithAnEmptyPassword() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("main-key:".getBytes(StandardCharsets.UTF_8));

        assertThat(SandboxHttp.withAuthorization(server, basic).get("/stages").status())
                .isEqualTo(200);
        assertThat(SandboxHttp.withAuthorization(server, "Bearer main-key")
                        .get("/stages")
                        .status())
                .isEqualTo(200);
        assertThat(SandboxHttp.withAuthorization(server, "Bearer wrong")
                        .get("/stages")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aLimitedKeyGets403OutsideItsPermissions() {
        SandboxHttp limited = SandboxHttp.withKey(server, "read-only");
        String id = server.data().opportunities().stream()
                .filter(o -> !o.stage().equals("offer"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(limited.get("/opportunities?limit=1").status()).isEqualTo(200);
        assertThat(limited.get("/stages").status()).isEqualTo(200);
        SandboxHttp.Answer write = limited.put("/opportunities/" + id + "/stage", "{\"stage\":\"offer\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("code").asText()).isEqualTo("ForbiddenError");
        assertThat(write.json().get("message").asText()).startsWith("This API key does not have permission to");
        assertThat(limited.get("/users").status()).isEqualTo(403);
        assertThat(limited.get("/opportunities/" + id + "/notes").status()).isEqualTo(403);
        assertThat(server.data().opportunity(id).orElseThrow().stage()).isNotEqualTo("offer");
    }
}
