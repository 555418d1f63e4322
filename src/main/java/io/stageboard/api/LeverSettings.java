package io.stageboard.api;

import java.time.Duration;

/** The tuning knobs of {@link LeverClientBuilder}; each wither returns a changed copy. */
record LeverSettings(
        double requestsPerSecond,
        int burst,
        int maxAttempts,
        Duration backoffInitial,
        Duration backoffMax,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout) {

    static LeverSettings defaults() {
        return new LeverSettings(
                10,
                20,
                5,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ZERO);
    }

    LeverSettings withRate(double perSecond, int bucket) {
        return new LeverSettings(
                perSecond, bucket, maxAttempts, backoffInitial, backoffMax, connectTimeout, readTimeout, callTimeout);
    }

    LeverSettings withMaxAttempts(int attempts) {
        return new LeverSettings(
                requestsPerSecond,
                burst,
                attempts,
                backoffInitial,
                backoffMax,
                connectTimeout,
                readTimeout,
                callTimeout);
    }

    LeverSettings withBackoff(Duration initial, Duration max) {
        return new LeverSettings(
                requestsPerSecond, burst, maxAttempts, initial, max, connectTimeout, readTimeout, callTimeout);
    }

    LeverSettings withTimeouts(Duration connect, Duration read) {
        return new LeverSettings(
                requestsPerSecond, burst, maxAttempts, backoffInitial, backoffMax, connect, read, callTimeout);
    }

    /** One attempt, each bounded as a whole (name lookup, connection, TLS, answer): for checks a person waits on. */
    LeverSettings quickFailing(Duration connect, Duration wholeCall) {
        return new LeverSettings(
                requestsPerSecond, burst, 1, backoffInitial, backoffMax, connect, wholeCall, wholeCall);
    }
}
