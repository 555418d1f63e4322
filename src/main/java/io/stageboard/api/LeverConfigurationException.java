package io.stageboard.api;

/** The client was configured with a base URL or API key it cannot use; nothing was sent to Lever. */
public final class LeverConfigurationException extends LeverException {

    /**
     * Creates the exception.
     *
     * @param userMessage a sentence saying what is wrong with the setting and how to fix it
     */
    public LeverConfigurationException(String userMessage) {
        super(0, null, null, userMessage, false, null);
    }
}
