package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The client's token bucket: a burst at once, then the steady rate, and background work yielding to the rest. */
class PacerTest {

    @Test
    void theFirstRequestsGoOutAtOnceThenTheSteadyRateApplies() {
        Pacer pacer = new Pacer(10, 5, Duration.ofMinutes(1));
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            pacer.acquire(false);
        }
        long burst = System.nanoTime() - started;
        pacer.acquire(false);
        pacer.acquire(false);
        long seven = System.nanoTime() - started;

        assertThat(Duration.ofNanos(burst)).isLessThan(Duration.ofMillis(50));
        // Two more at 10/s need about 200 ms of refill.
        assertThat(Duration.ofNanos(seven)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void aBackgroundRequestWaitsWhileAForegroundOneWaits() throws Exception {
        Pacer pacer = new Pacer(20, 1, Duration.ofMinutes(1));
        pacer.acquire(false);
        List<String> order = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            AtomicReference<Thread> waiting = new AtomicReference<>();
            CompletableFuture<Void> background = CompletableFuture.runAsync(
                    () -> {
                        waiting.set(Thread.currentThread());
                        pacer.acquire(true);
                        order.add("background");
                    },
                    pool);
            // The background request must already be waiting for a permit when the write arrives.
            WaitForAsyncUtils.waitFor(
                    5,
                    TimeUnit.SECONDS,
                    () -> waiting.get() != null && waiting.get().getState() == Thread.State.TIMED_WAITING);
            CompletableFuture<Void> write = CompletableFuture.runAsync(
                    () -> {
                        pacer.acquire(false);
                        order.add("write");
                    },
                    pool);
            CompletableFuture.allOf(background, write).join();
        } finally {
            pool.shutdownNow();
        }

        assertThat(order).containsExactly("write", "background");
    }
}
