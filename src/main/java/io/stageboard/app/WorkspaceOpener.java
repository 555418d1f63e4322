package io.stageboard.app;

import io.stageboard.api.LeverClient;
import io.stageboard.api.User;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.Map;

/**
 * Opens the workspace the app starts on: the account named by {@code LEVER_API_BASE_URL} and {@code LEVER_API_KEY}
 * (the key held in memory only), else the demo workspace on an embedded sandbox on a free loopback port.
 * Runs before the window opens, off the FX thread.
 */
public final class WorkspaceOpener {

    private WorkspaceOpener() {}

    /**
     * Opens the workspace chosen by the environment.
     *
     * @throws IllegalArgumentException with a sentence for the user when the environment names a bad URL or key
     * @throws IOException              when the demo sandbox cannot start
     */
    public static Workspace open(Map<String, String> env) throws IOException {
        String baseUrl = env.get("LEVER_API_BASE_URL");
        String key = env.get("LEVER_API_KEY");
        if (isSet(baseUrl) || isSet(key)) {
            if (!isSet(baseUrl) || !isSet(key)) {
                throw new IllegalArgumentException(
                        "Set both LEVER_API_BASE_URL and LEVER_API_KEY to open a Lever account, or neither for the demo.");
            }
            LeverClient client =
                    LeverClient.builder().baseUrl(baseUrl).apiKey(key).build();
            String host = URI.create(client.baseUrl()).getHost();
            return new Workspace(
                    Workspace.Kind.forAddress(client.baseUrl()),
                    "Lever account at " + host,
                    client,
                    blankToNull(env.get("LEVER_PERFORM_AS")),
                    null);
        }
        return openDemo();
    }

    /** Starts the sandbox with its seeded demo data and connects to it, acting as its first active Super Admin. */
    public static Workspace openDemo() throws IOException {
        SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults());
        LeverClient client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .build();
        String actingUser = client.users(false).stream()
                .filter(User::isActive)
                .sorted(Comparator.comparing((User u) -> !"super admin".equals(u.accessRole())))
                .map(User::id)
                .findFirst()
                .orElse(null);
        return new Workspace(Workspace.Kind.DEMO, "Demo workspace", client, actingUser, sandbox);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return isSet(value) ? value.strip() : null;
    }
}
