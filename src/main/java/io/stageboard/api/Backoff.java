package io.stageboard.api;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": half the exponential step plus a random part of the other half, so
 * clients that failed together do not retry together. Computed here rather than by Failsafe's own jitter because
 * that jitter would also shorten a {@code Retry-After} wait, which must be honoured in full.
 */
final class Backoff {

    private final long initialNanos;
    private final long maxNanos;

    Backoff(Duration initial, Duration max) {
        this.initialNanos = initial.toNanos();
        this.maxNanos = Math.max(initialNanos, max.toNanos());
    }

    /** @param failedAttempts attempts made so far (1 before the first retry) */
    Duration delayBeforeRetry(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        long step = Math.min(maxNanos, initialNanos << doublings);
        if (step <= 0) {
            step = maxNanos;
        }
        long half = step / 2;
        return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
