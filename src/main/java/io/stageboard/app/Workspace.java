package io.stageboard.app;

import io.stageboard.api.LeverClient;
import java.net.URI;
import java.util.Locale;

/**
 * The Lever account the window shows: the built-in demo on the embedded sandbox, a connected account, or an account
 * given by the environment. Closing it closes the client and, for the demo, stops the sandbox.
 *
 * @param kind      where the data comes from
 * @param label     what the window calls it, e.g. "Demo workspace" or the API host
 * @param client    the Lever client for this account
 * @param performAs the Lever user id that changes are recorded as, or null for the key's default
 * @param resources what to close with the workspace besides the client (the demo's sandbox), or null
 */
public record Workspace(Kind kind, String label, LeverClient client, String performAs, AutoCloseable resources)
        implements AutoCloseable {

    /** Where a workspace's data comes from; the window's badge always shows it. */
    public enum Kind {
        /** Sample data on the built-in sandbox. */
        DEMO,
        /** A real Lever account: changes reach real candidates. */
        PRODUCTION,
        /** Lever's sandbox account, or a sandbox server on this computer. */
        SANDBOX;

        /**
         * The kind of a Lever API address: Lever's sandbox host or this computer is a sandbox; anything else (Lever's
         * production host, an EU data centre, a company proxy) is treated as production, the careful default.
         */
        public static Kind forAddress(String baseUrl) {
            String host;
            try {
                host = URI.create(baseUrl.strip()).getHost();
            } catch (IllegalArgumentException | NullPointerException e) {
                return PRODUCTION;
            }
            String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
            boolean loopback = h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
            return loopback || h.contains(".sandbox.lever.co") ? SANDBOX : PRODUCTION;
        }

        /** @return the badge's text: "DEMO", "PRODUCTION" or "SANDBOX" */
        public String badge() {
            return name();
        }

        /** @return the same word as the badge, as the account menus show it: "Demo", "Production", "Sandbox" */
        public String word() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
        if (resources != null) {
            resources.close();
        }
    }
}
