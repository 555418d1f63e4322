package io.stageboard.api;

import java.time.Duration;

/** The tuning knobs of {@link LeverClient.Builder}, validated once. */
record LeverSettings(double requestsPerSecond, int burst, int maxAttempts, Duration backoffInitial,
                     Duration backoffMax, Duration connectTimeout, Duration readTimeout) {

    static LeverSettings defaults() {
        return new LeverSettings(10, 20, 5, Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofSeconds(30));
    }
}
