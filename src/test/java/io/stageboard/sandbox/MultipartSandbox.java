package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;

/** A sandbox for the multipart tests: the server, a plain HTTP client, a user to act as, and create helpers. */
final class MultipartSandbox implements AutoCloseable {

    final SandboxServer server;
    final SandboxHttp http;
    final String performAs;

    private MultipartSandbox(SandboxServer server) {
        this.server = server;
        this.http = SandboxHttp.of(server);
        this.performAs = server.data().users().stream()
                .filter(u -> !u.deactivated())
                .skip(1)
                .findFirst()
                .orElseThrow()
                .id();
    }

    static MultipartSandbox start(int size) throws IOException {
        return new MultipartSandbox(
                SandboxServer.start(SandboxOptions.defaults().withSize(size)));
    }

    /** POSTs a multipart body as it is; chunked (a publisher of unknown length) when asked. */
    SandboxHttp.Answer post(String pathAndQuery, MultipartBody body, boolean chunked) {
        byte[] bytes = body.bytes();
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        return http.postBody(pathAndQuery, MultipartBody.contentType(), publisher);
    }

    /** {@code POST /opportunities?perform_as=…} plus {@code extraQuery} (e.g. "&parse=true"). */
    SandboxHttp.Answer create(String extraQuery, MultipartBody body, boolean chunked) {
        return post("/opportunities?perform_as=" + performAs + extraQuery, body, chunked);
    }

    /** The opportunity a create stored; fails the test unless the answer is 201. */
    Opportunity created(SandboxHttp.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return server.data()
                .opportunity(a.json().get("data").get("id").asText())
                .orElseThrow();
    }

    /** Creates with a body of known length and returns what was stored. */
    Opportunity created(String extraQuery, MultipartBody body) {
        return created(create(extraQuery, body, false));
    }

    @Override
    public void close() {
        server.close();
    }
}
