package io.stageboard.api;

import java.time.Duration;

/** Lever kept answering 429 Too Many Requests, even after the client waited and tried again. */
public final class LeverRateLimitException extends LeverException {

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param code Lever's error code, or null
     * @param leverMessage Lever's message, or null
     * @param retryAfter the wait Lever asked for in its {@code Retry-After} header, or null
     */
    public LeverRateLimitException(String code, String leverMessage, Duration retryAfter) {
        super(429, code, leverMessage, "Lever is throttling requests; try again in a minute.", true, null);
        this.retryAfter = retryAfter;
    }

    /** @return the wait Lever asked for in {@code Retry-After}, or null when it sent none */
    public Duration retryAfter() {
        return retryAfter;
    }
}
