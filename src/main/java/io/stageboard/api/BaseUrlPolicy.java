package io.stageboard.api;

import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Decides which base URLs the client may talk to: any {@code https} URL (production, sandbox, EU), and plain
 * {@code http} only to this computer, where the local sandbox server runs. The key travels in every request, so it
 * must never cross a network unencrypted.
 */
final class BaseUrlPolicy {

    /** Lever's production data API. */
    static final String PRODUCTION = "https://api.lever.co/v1";

    private BaseUrlPolicy() {}

    /**
     * Validates and normalises a base URL (no trailing slash).
     *
     * @throws LeverConfigurationException with a sentence saying what to change
     */
    static HttpUrl check(String url) {
        if (url == null || url.isBlank()) {
            throw new LeverConfigurationException("The Lever API address is empty; use " + PRODUCTION + ".");
        }
        String trimmed = url.strip();
        HttpUrl parsed = HttpUrl.parse(trimmed);
        if (parsed == null) {
            throw new LeverConfigurationException("\"" + trimmed + "\" is not a web address Stageboard can use for"
                    + " Lever; use " + PRODUCTION + ".");
        }
        if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw new LeverConfigurationException("The Lever API address must not contain a user name or password;"
                    + " enter the API key separately.");
        }
        if (parsed.query() != null || parsed.fragment() != null) {
            throw new LeverConfigurationException(
                    "The Lever API address must not contain ? or #; use " + PRODUCTION + ".");
        }
        if (!parsed.isHttps() && !isLoopback(parsed.host())) {
            throw new LeverConfigurationException("Stageboard only talks to Lever over HTTPS, because the API key"
                    + " would otherwise cross the network unencrypted; plain http:// is allowed only for a local"
                    + " sandbox on this computer (localhost, 127.0.0.1 or ::1). Use https://" + parsed.host()
                    + " instead.");
        }
        // Drop a trailing slash so path segments can be appended uniformly.
        String normalised = parsed.toString().replaceAll("/+$", "");
        return HttpUrl.get(normalised);
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        // 127.0.0.0/8, written as a dotted quad (OkHttp canonicalises IPv4 literals).
        return h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
