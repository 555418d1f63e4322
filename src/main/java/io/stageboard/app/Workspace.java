package io.stageboard.app;

import io.stageboard.api.LeverClient;

/**
 * The Lever account the window shows: the built-in demo on the embedded sandbox, or an account given by the
 * environment. Closing it closes the client and, for the demo, stops the sandbox.
 *
 * @param kind      where the data comes from
 * @param label     what the window calls it, e.g. "Demo workspace" or the API host
 * @param client    the Lever client for this account
 * @param performAs the Lever user id that changes are recorded as, or null for the key's default
 * @param resources what to close with the workspace besides the client (the demo's sandbox), or null
 */
public record Workspace(Kind kind, String label, LeverClient client, String performAs, AutoCloseable resources)
        implements AutoCloseable {

    /** Where a workspace's data comes from. */
    public enum Kind { DEMO, ENVIRONMENT }

    @Override
    public void close() throws Exception {
        client.close();
        if (resources != null) {
            resources.close();
        }
    }
}
