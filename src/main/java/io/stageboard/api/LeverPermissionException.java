package io.stageboard.api;

/** The API key lacks a permission Lever requires for this request (HTTP 403). */
public final class LeverPermissionException extends LeverException {

    /** Creates the exception; see {@link LeverException} for the parameters. */
    public LeverPermissionException(int status, String code, String leverMessage, String userMessage, Throwable cause) {
        super(status, code, leverMessage, userMessage, false, cause);
    }
}
