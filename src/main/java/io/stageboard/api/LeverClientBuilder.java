package io.stageboard.api;

import java.time.Duration;

/** Configures a {@link LeverClient}; only the API key is required. */
public final class LeverClientBuilder {

    private String baseUrl = BaseUrlPolicy.PRODUCTION;
    private String apiKey;
    private LeverSettings settings = LeverSettings.defaults();

    LeverClientBuilder() {}

    /**
     * @param url {@code https://api.lever.co/v1} (default), {@code https://api.sandbox.lever.co/v1}, any https
     *     URL, or http to this computer only (the local sandbox)
     * @return this builder
     */
    public LeverClientBuilder baseUrl(String url) {
        this.baseUrl = url;
        return this;
    }

    /**
     * @param key the Lever API key; sent as the Basic-auth user name, never logged
     * @return this builder
     */
    public LeverClientBuilder apiKey(String key) {
        this.apiKey = key;
        return this;
    }

    /**
     * @param requestsPerSecond steady request rate (default 10, Lever's documented rate)
     * @param burst Lever's bucket size (default 20); kept as headroom, not spent
     * @return this builder
     */
    public LeverClientBuilder rateLimit(double requestsPerSecond, int burst) {
        if (!(requestsPerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("The rate must be positive and the burst at least 1");
        }
        settings = settings.withRate(requestsPerSecond, burst);
        return this;
    }

    /**
     * @param n attempts per request including the first (default 5); 1 disables retry
     * @return this builder
     */
    public LeverClientBuilder maxAttempts(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("At least one attempt is needed");
        }
        settings = settings.withMaxAttempts(n);
        return this;
    }

    /**
     * @param initial first retry delay (default 500 ms); doubles per retry
     * @param max longest delay (default 30 s)
     * @return this builder
     */
    public LeverClientBuilder backoff(Duration initial, Duration max) {
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("The backoff needs 0 <= initial <= max");
        }
        settings = settings.withBackoff(initial, max);
        return this;
    }

    /**
     * @param connect connection timeout (default 10 s)
     * @param read read (and write) timeout (default 30 s)
     * @return this builder
     */
    public LeverClientBuilder timeouts(Duration connect, Duration read) {
        if (connect.isNegative() || read.isNegative()) {
            throw new IllegalArgumentException("Timeouts cannot be negative");
        }
        settings = settings.withTimeouts(connect, read);
        return this;
    }

    /**
     * @return a client ready to use
     * @throws LeverConfigurationException when the base URL or key cannot be used
     */
    public LeverClient build() {
        if (apiKey == null || apiKey.isBlank()) {
            throw new LeverConfigurationException("The Lever API key is empty; paste the key a Super Admin"
                    + " created under Settings → Integrations and API.");
        }
        if (!apiKey.strip().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new LeverConfigurationException("The Lever API key contains spaces or characters a key"
                    + " cannot have; copy it again from Lever.");
        }
        return new LeverClient(new LeverHttp(BaseUrlPolicy.check(baseUrl), apiKey.strip(), settings, new JsonCodec()));
    }
}
