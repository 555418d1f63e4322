package io.stageboard.api;

/** No HTTP answer arrived: the connection failed, was dropped, or timed out. {@link #status()} is 0. */
public final class LeverNetworkException extends LeverException {

    /**
     * Creates the exception.
     *
     * @param userMessage a sentence naming the host and what went wrong
     * @param cause the I/O failure
     */
    public LeverNetworkException(String userMessage, Throwable cause) {
        super(0, null, null, userMessage, true, cause);
    }
}
