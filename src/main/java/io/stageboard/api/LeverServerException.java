package io.stageboard.api;

/** Lever answered with a server error (HTTP 5xx). */
public final class LeverServerException extends LeverException {

    /** Creates the exception; see {@link LeverException} for the parameters. */
    public LeverServerException(
            int status,
            String code,
            String leverMessage,
            String userMessage,
            boolean transientFailure,
            Throwable cause) {
        super(status, code, leverMessage, userMessage, transientFailure, cause);
    }
}
