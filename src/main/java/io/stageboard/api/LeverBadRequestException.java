package io.stageboard.api;

/** Lever refused the request as invalid (HTTP 400 or 422). */
public final class LeverBadRequestException extends LeverException {

    /** Creates the exception; see {@link LeverException} for the parameters. */
    public LeverBadRequestException(int status, String code, String leverMessage, String userMessage, Throwable cause) {
        super(status, code, leverMessage, userMessage, false, cause);
    }
}
