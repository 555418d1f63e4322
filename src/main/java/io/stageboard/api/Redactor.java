package io.stageboard.api;

/**
 * Removes the API key and its Basic credential from text that reaches messages, in case a server or proxy ever
 * echoes them back.
 */
final class Redactor {

    private final String key;
    private final String credential;

    Redactor(String key, String credential) {
        this.key = key;
        this.credential = credential;
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text.replace(credential, "[redacted]");
        // A very short key would turn ordinary words into "[redacted]"; such keys are rejected by Lever anyway.
        return key.length() >= 6 ? redacted.replace(key, "[redacted]") : redacted;
    }
}
