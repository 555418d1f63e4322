package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The client's limiter keeps a busy client inside a Lever-like token bucket of the same rate. */
class PacingTest {

    @Test
    void manyParallelRequestsAtTheConfiguredRateNeverMeetA429() {
        // A small bucket makes the test strict: a client that burst would drain it at once.
        try (SandboxServer server = Sandboxes.start(SandboxOptions.defaults().withSize(50).withRateLimit(40, 4));
             LeverClient client = Sandboxes.clientFor(server).rateLimit(40, 4).maxAttempts(1).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                long started = System.nanoTime();
                List<CompletableFuture<List<Stage>>> calls = IntStream.range(0, 80)
                        .mapToObj(i -> CompletableFuture.supplyAsync(client::stages, pool)).toList();
                calls.forEach(CompletableFuture::join);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(server.stats().tooManyRequests()).isZero();
                // 80 requests at 40/s take about 2 s; well under 4 s means the limiter did not starve callers.
                assertThat(took).isBetween(Duration.ofMillis(1_900), Duration.ofSeconds(4));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
