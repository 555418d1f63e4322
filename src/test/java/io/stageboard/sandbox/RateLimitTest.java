package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void aKeyMayBurstThenGets429WithoutRetryAfter() throws Exception {
        // One token per 1000 s: nothing refills during the test, so the count is exact.
        try (SandboxServer server =
                SandboxServer.start(SandboxOptions.defaults().withSize(5).withRateLimit(0.001, 5))) {
            SandboxHttp http = SandboxHttp.of(server);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(http.get("/stages").status());
            }
            SandboxHttp.Answer limited = http.get("/stages");

            assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);
            assertThat(limited.json().get("code").asText()).isEqualTo("TooManyRequestsError");
            assertThat(limited.raw().headers().firstValue("Retry-After")).isEmpty();
            assertThat(server.stats().tooManyRequests()).isEqualTo(4);
            assertThat(server.stats().requests()).isEqualTo(9);
        }
    }

    @Test
    void eachKeyHasItsOwnBucket() throws Exception {
        try (SandboxServer server =
                SandboxServer.start(SandboxOptions.defaults().withSize(5).withRateLimit(0.001, 2))) {
            server.grantKey("second", Set.of("stages:read"));
            SandboxHttp main = SandboxHttp.of(server);
            main.get("/stages");
            main.get("/stages");

            assertThat(main.get("/stages").status()).isEqualTo(429);
            assertThat(SandboxHttp.withKey(server, "second").get("/stages").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void zeroMeansUnlimited() throws Exception {
        try (SandboxServer server =
                SandboxServer.start(SandboxOptions.defaults().withSize(5))) {
            SandboxHttp http = SandboxHttp.of(server);
            for (int i = 0; i < 50; i++) {
                assertThat(http.get("/stages").status()).isEqualTo(200);
            }
        }
    }
}
