package io.stageboard.credentials;

/** Which Lever an account talks to. Production and Lever's sandbox are separate accounts with separate keys. */
public enum Environment {

    /** Lever's production data API: real candidates. */
    PRODUCTION("Production", "https://api.lever.co/v1"),
    /** Lever's sandbox account for trying integrations. */
    SANDBOX("Lever sandbox", "https://api.sandbox.lever.co/v1"),
    /** Any other https address (an EU data centre, a company proxy) or a local sandbox on this computer. */
    CUSTOM("Custom address", null);

    private final String label;
    private final String baseUrl;

    Environment(String label, String baseUrl) {
        this.label = label;
        this.baseUrl = baseUrl;
    }

    /** @return the name shown in the environment choice */
    public String label() {
        return label;
    }

    /** @return the fixed API address, or null for {@link #CUSTOM} */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the environment whose fixed address this is, else {@link #CUSTOM} */
    public static Environment of(String baseUrl) {
        String url = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        for (Environment e : values()) {
            if (url.equals(e.baseUrl)) {
                return e;
            }
        }
        return CUSTOM;
    }

    @Override
    public String toString() {
        return label;
    }
}
