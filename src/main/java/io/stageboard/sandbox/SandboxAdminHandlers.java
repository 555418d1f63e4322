package io.stageboard.sandbox;

/**
 * Sandbox-only actions that Lever offers in its web app but not in its API, under {@code /v1/sandbox/}, so that an
 * integrator (or a test) can make the account change the way a Lever admin would. They need the permission
 * {@code sandbox:admin}, which only the main key has unless granted.
 *
 * <ul>
 *   <li>{@code DELETE /v1/sandbox/tags/:tag}: deletes a tag from the account's tag list and from every
 *       opportunity, without changing their updatedAt (see {@link SandboxData#deleteTag}). The tag is one
 *       percent-encoded path segment ({@code "Needs visa/sponsor"} → {@code Needs%20visa%2Fsponsor}); 204 when
 *       deleted, 404 when the account has no such tag.</li>
 * </ul>
 */
final class SandboxAdminHandlers {

    private final SandboxData data;

    SandboxAdminHandlers(SandboxData data) {
        this.data = data;
    }

    void register(Router router) {
        router.add("DELETE", "/sandbox/tags/:tag", "sandbox:admin", this::deleteTag);
    }

    private Response deleteTag(Request r) {
        String tag = r.pathParam("tag");
        if (!data.deleteTag(tag)) {
            throw ReferenceHandlers.notFound("Tag", tag);
        }
        return Response.noContent();
    }
}
