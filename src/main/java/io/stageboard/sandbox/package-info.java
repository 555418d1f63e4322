/**
 * A Lever-compatible {@code /v1} API server for the demo workspace, the client's tests over real HTTP and
 * benchmarks. It writes Lever's JSON from its own model ({@link io.stageboard.sandbox.SandboxModel}), never
 * from the client's records, so the two readings of Lever's API check each other.
 *
 * <p>Typical use in a test:
 * <pre>
 * try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withSize(50))) {
 *     // point the client at server.baseUrl() with server.apiKey()
 *     server.faults().next("PUT", "/opportunities/&#42;/stage", Fault.status(503));
 *     ...
 *     assertThat(server.data().opportunity(id).orElseThrow().stage()).isEqualTo("offer");
 * }
 * </pre>
 *
 * <p>Assumptions where Lever's behaviour is not documented (see the API reference): lists are ordered newest
 * first; moving to the current stage or re-applying the same archive reason changes nothing; changing the
 * archive reason keeps the original archivedAt; unknown or deactivated {@code perform_as} users get 400;
 * only notes created through the API can be deleted (others 403); adding a note does not bump updatedAt;
 * creating an opportunity answers 201; tags and sources stay listed at count 0 once created; a tag deleted from
 * the account's list ({@code DELETE /v1/sandbox/tags/:tag}, sandbox only) leaves every updatedAt as it was;
 * uploading a file answers 200 and needs {@code perform_as}; a body that sends nothing for 500 ms is answered 400.
 */
package io.stageboard.sandbox;
