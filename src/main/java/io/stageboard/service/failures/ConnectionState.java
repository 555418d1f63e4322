package io.stageboard.service.failures;

import io.stageboard.api.LeverAuthenticationException;
import io.stageboard.api.LeverException;
import io.stageboard.api.LeverNetworkException;
import io.stageboard.api.LeverRateLimitException;
import io.stageboard.api.LeverResponseException;
import io.stageboard.api.LeverServerException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * How the connection to Lever stands, as the status bar names it. One failed request decides it: no answer means
 * Offline, a 5xx or an answer that is not Lever's data means Lever unavailable, 429 Rate limited, 401 Key rejected.
 * A refused permission (403) or a missing record (404) says nothing about the connection: Lever answered.
 */
public enum ConnectionState {
    CONNECTED("Connected"),
    OFFLINE("Offline"),
    UNAVAILABLE("Lever unavailable"),
    RATE_LIMITED("Rate limited"),
    KEY_REJECTED("Key rejected");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    /** @return the status bar's words, e.g. "Lever unavailable" */
    public String label() {
        return label;
    }

    /**
     * @param error what the last request to Lever ended with, or null when it succeeded
     * @return the state that failure puts the connection in
     */
    public static ConnectionState of(Throwable error) {
        Throwable cause = error == null ? null : FailurePolicy.unwrap(error);
        if (cause instanceof LeverAuthenticationException) {
            return KEY_REJECTED;
        }
        if (cause instanceof LeverRateLimitException) {
            return RATE_LIMITED;
        }
        if (cause instanceof LeverNetworkException) {
            return OFFLINE;
        }
        if (cause instanceof LeverServerException || cause instanceof LeverResponseException) {
            return UNAVAILABLE;
        }
        return CONNECTED;
    }

    /**
     * The status bar's text for this state.
     *
     * @param error     the failure behind the state (for a rate limit, its wait), or null
     * @param nextTry   how long until the next automatic try, or null when none is planned
     * @return e.g. "Rate limited: Lever asked to wait 30 s · next try in 30 s", or "Connected"
     */
    public String describe(Throwable error, Duration nextTry) {
        return describe(error, nextTry == null ? null : "in " + seconds(nextTry));
    }

    /**
     * The status bar's text for this state, with the clock time of the next try.
     *
     * @param nextTryAt when the next automatic try is, or null when none is planned
     * @return e.g. "Offline · next try at 10:42:15"
     */
    public String describeAt(Throwable error, LocalTime nextTryAt) {
        return describe(error, nextTryAt == null ? null : "at " + nextTryAt.truncatedTo(ChronoUnit.SECONDS));
    }

    private String describe(Throwable error, String nextTry) {
        StringBuilder text = new StringBuilder(label);
        Throwable cause = error == null ? null : FailurePolicy.unwrap(error);
        if (this == RATE_LIMITED && cause instanceof LeverRateLimitException limit && limit.retryAfter() != null) {
            text.append(": Lever asked to wait ").append(seconds(limit.retryAfter()));
        }
        if (this == UNAVAILABLE && cause instanceof LeverException lever && lever.status() > 0) {
            text.append(" (HTTP ").append(lever.status()).append(')');
        }
        if (this == KEY_REJECTED) {
            return text.append(" · connect the account again with a new key").toString();
        }
        if (this != CONNECTED && nextTry != null) {
            text.append(" · next try ").append(nextTry);
        }
        return text.toString();
    }

    private static String seconds(Duration wait) {
        long s = Math.max(1, (wait.toMillis() + 999) / 1000);
        return s < 120 ? s + " s" : (s + 59) / 60 + " min";
    }
}
