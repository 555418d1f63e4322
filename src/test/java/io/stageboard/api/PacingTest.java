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
        // Lever's shape (burst = 2 s of refill) at four times the speed: a client that fired its 100 requests
        // as fast as it could would drain the bucket of 20 at once; one paced at the rate never meets a 429.
        try (SandboxServer server =
                        Sandboxes.start(SandboxOptions.defaults().withSize(50).withRateLimit(40, 20));
                LeverClient client = Sandboxes.clientFor(server)
                        .rateLimit(40, 20)
                        .maxAttempts(1)
                        .build()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                long started = System.nanoTime();
                List<CompletableFuture<List<Stage>>> calls = IntStream.range(0, 100)
                        .mapToObj(i -> CompletableFuture.supplyAsync(client::stages, pool))
                        .toList();
                calls.forEach(CompletableFuture::join);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(server.stats().tooManyRequests()).isZero();
                // A few go out at once (the client spends part of Lever's burst); the rest at 40/s cannot take less
                // than about 2.1 s if they are paced. No upper bound: a busy machine only makes it
                // slower, and throughput is measured in the benchmarks, not here.
                assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(2_000));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
