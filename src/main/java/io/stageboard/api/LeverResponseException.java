package io.stageboard.api;

/** Lever's answer could not be read: malformed JSON or a web page instead of data. */
public final class LeverResponseException extends LeverException {

    /** Creates the exception; see {@link LeverException} for the parameters. */
    public LeverResponseException(int status, String code, String leverMessage, String userMessage, Throwable cause) {
        super(status, code, leverMessage, userMessage, false, cause);
    }
}
