package io.stageboard.sandbox;

/**
 * A token bucket: holds up to {@code capacity} requests, refilled at {@code ratePerSecond}. Starts full, so a
 * client may burst before the steady rate applies (Lever: about 10/s steady, bursts of 20). Thread-safe.
 */
final class TokenBucket {

    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long lastRefill;

    TokenBucket(double ratePerSecond, int capacity) {
        this.ratePerNano = ratePerSecond / 1e9;
        this.capacity = capacity;
        this.tokens = capacity;
        this.lastRefill = System.nanoTime();
    }

    /** Takes one token if there is one. */
    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * ratePerNano);
        lastRefill = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
