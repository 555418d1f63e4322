package io.stageboard.api;

import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Starts sandbox servers and clients tuned for fast tests (tiny backoff, generous rate). */
final class Sandboxes {

    private Sandboxes() {}

    static SandboxServer start(SandboxOptions options) {
        try {
            return SandboxServer.start(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LeverClientBuilder clientFor(SandboxServer server) {
        return LeverClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey(server.apiKey())
                .rateLimit(500, 20)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(20))
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }
}
