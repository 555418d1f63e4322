package io.stageboard.api;

import java.util.Objects;

/**
 * Base of every failure {@link LeverClient} reports. Unchecked, because callers run client calls on background
 * executors and turn failures into a sentence for the user, which {@link #userMessage()} already is.
 *
 * <p>{@link #getMessage()} is built from the user message and the HTTP status only; it never contains the API key,
 * the Authorization header or the encoded credential.
 */
public class LeverException extends RuntimeException {

    private final int status;
    private final String code;
    private final String leverMessage;
    private final String userMessage;
    private final boolean transientFailure;
    // Set by LeverHttp: the request may have been acted on by Lever even though no answer came back.
    private volatile boolean mayHaveLanded;

    /**
     * Creates an exception.
     *
     * @param status HTTP status, or 0 when there was no HTTP response
     * @param code Lever's error code string, or null
     * @param leverMessage Lever's own message, or null
     * @param userMessage a sentence a user can act on
     * @param transientFailure whether trying again later may succeed
     * @param cause the underlying cause, or null
     */
    public LeverException(
            int status,
            String code,
            String leverMessage,
            String userMessage,
            boolean transientFailure,
            Throwable cause) {
        super(describe(status, userMessage), cause);
        this.status = status;
        this.code = code;
        this.leverMessage = leverMessage;
        this.userMessage = Objects.requireNonNull(userMessage, "userMessage");
        this.transientFailure = transientFailure;
    }

    private static String describe(int status, String userMessage) {
        return status > 0 ? userMessage + " (HTTP " + status + ")" : userMessage;
    }

    /** @return the HTTP status of Lever's answer, or 0 when no HTTP response arrived */
    public int status() {
        return status;
    }

    /** @return Lever's error {@code code} string, or null; informative only, its values are not documented */
    public String code() {
        return code;
    }

    /** @return Lever's own {@code message}, or null when Lever sent none */
    public String leverMessage() {
        return leverMessage;
    }

    /** @return a sentence that says what happened and what the user can do about it */
    public String userMessage() {
        return userMessage;
    }

    /** @return true when the same request may succeed later (throttling, server trouble, network) */
    public boolean isTransient() {
        return transientFailure;
    }

    boolean mayHaveLanded() {
        return mayHaveLanded;
    }

    LeverException markMayHaveLanded() {
        this.mayHaveLanded = true;
        return this;
    }
}
