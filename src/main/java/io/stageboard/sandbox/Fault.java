package io.stageboard.sandbox;

/**
 * One scripted misbehaviour of the sandbox, consumed by a single request (see {@link FaultInjector}).
 * Build them with the static factories.
 */
public final class Fault {

    /** What the fault does to the request. */
    public enum Kind {
        /** Answer a JSON error with the given status instead of handling the request. */
        STATUS,
        /** Answer 429 TooManyRequestsError, with a Retry-After header when seconds are given. */
        TOO_MANY_REQUESTS,
        /** Close the connection without any response; the request is not handled. */
        DROP_CONNECTION,
        /** Handle the request (a write takes effect), then close the connection without a response. */
        APPLY_THEN_DROP,
        /** Handle the request, then answer 200 with the JSON body cut in half. */
        MALFORMED_JSON,
        /** Answer the given status with an HTML page, as a proxy or load balancer would. */
        HTML_ERROR_PAGE,
        /** Wait the given milliseconds, then handle the request normally. */
        DELAY
    }

    private final Kind kind;
    private final int value;
    private final Integer retryAfterSeconds;

    private Fault(Kind kind, int value, Integer retryAfterSeconds) {
        this.kind = kind;
        this.value = value;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Answer {@code status} (e.g. 500, 502, 503) with a Lever-style JSON error body. */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A fault status must be from 400 to 599, got " + status + ".");
        }
        return new Fault(Kind.STATUS, status, null);
    }

    /** Answer 429; {@code retryAfterSeconds} null sends no Retry-After header (Lever documents none). */
    public static Fault tooManyRequests(Integer retryAfterSeconds) {
        return new Fault(Kind.TOO_MANY_REQUESTS, 429, retryAfterSeconds);
    }

    /** Close the socket without answering; nothing is changed on the server. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, 0, null);
    }

    /** Perform the request (a write is applied), then close the socket without answering: a lost response. */
    public static Fault applyThenDrop() {
        return new Fault(Kind.APPLY_THEN_DROP, 0, null);
    }

    /** Perform the request, then answer 200 with a truncated JSON body. */
    public static Fault malformedJson() {
        return new Fault(Kind.MALFORMED_JSON, 200, null);
    }

    /** Answer {@code status} with a text/html page instead of JSON, like a proxy in front of Lever. */
    public static Fault htmlErrorPage(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException(
                    "An HTML error page status must be from 400 to 599, got " + status + ".");
        }
        return new Fault(Kind.HTML_ERROR_PAGE, status, null);
    }

    /** Wait {@code ms} milliseconds before handling the request normally. */
    public static Fault delay(int ms) {
        if (ms < 0) {
            throw new IllegalArgumentException("A delay must be 0 ms or more, got " + ms + ".");
        }
        return new Fault(Kind.DELAY, ms, null);
    }

    /** What this fault does. */
    public Kind kind() {
        return kind;
    }

    /** The HTTP status for STATUS, TOO_MANY_REQUESTS and HTML_ERROR_PAGE; the milliseconds for DELAY. */
    public int value() {
        return value;
    }

    /** The Retry-After seconds of a TOO_MANY_REQUESTS fault, or null for no header. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String toString() {
        return kind + (kind == Kind.DROP_CONNECTION || kind == Kind.APPLY_THEN_DROP ? "" : "(" + value + ")");
    }
}
