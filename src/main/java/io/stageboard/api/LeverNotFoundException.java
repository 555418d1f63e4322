package io.stageboard.api;

/** The record asked for does not exist in Lever (HTTP 404). */
public final class LeverNotFoundException extends LeverException {

    /** Creates the exception; see {@link LeverException} for the parameters. */
    public LeverNotFoundException(int status, String code, String leverMessage, String userMessage, Throwable cause) {
        super(status, code, leverMessage, userMessage, false, cause);
    }
}
