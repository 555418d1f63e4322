package io.stageboard.api;

/** Lever rejected the API key (HTTP 401). */
public final class LeverAuthenticationException extends LeverException {

    /** Creates the exception; see {@link LeverException} for the parameters. */
    public LeverAuthenticationException(
            int status, String code, String leverMessage, String userMessage, Throwable cause) {
        super(status, code, leverMessage, userMessage, false, cause);
    }
}
