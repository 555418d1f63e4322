package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static SandboxServer server;
    private static SandboxHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults());
        http = SandboxHttp.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsAreWrappedInDataWithHasNextAndNext() {
        SandboxHttp.Answer a = http.get("/opportunities?limit=5");
        assertThat(a.status()).isEqualTo(200);
        JsonNode json = a.json();
        assertThat(json.get("data")).hasSize(5);
        assertThat(json.get("hasNext").asBoolean()).isTrue();
        assertThat(json.get("next").asText()).startsWith("%5B1%2C");
        System.err.println(json.get("data").get(0).toPrettyString());
    }
}
