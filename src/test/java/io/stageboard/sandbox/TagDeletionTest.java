package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox admin action for a tag deleted in Lever's settings page: gone everywhere, updatedAt untouched. */
class TagDeletionTest {

    private SandboxServer server;
    private SandboxHttp http;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(200));
        http = SandboxHttp.of(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String mostUsedTag() {
        return server.data().tagCounts().entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    @Test
    void deletingATagRemovesItFromTheListAndEveryOpportunityWithoutChangingUpdatedAt() {
        String tag = mostUsedTag();
        List<Opportunity> before = server.data().opportunities();
        List<Opportunity> expected = before.stream()
                .map(o -> {
                    OpportunityBuilder b = OpportunityBuilder.from(o);
                    b.tags.remove(tag);
                    return b.build();
                })
                .toList();
        assertThat(expected).as("some opportunities carry the tag").isNotEqualTo(before);

        SandboxHttp.Answer a =
                http.delete("/sandbox/tags/" + SandboxHttp.enc(tag).replace("+", "%20"));

        assertThat(a.status()).isEqualTo(204);
        assertThat(server.data().opportunities()).isEqualTo(expected);
        Set<String> listed = http.get("/tags?limit=100").json().get("data").findValuesAsText("text").stream()
                .collect(Collectors.toSet());
        assertThat(listed).doesNotContain(tag);
        assertThat(http.get("/opportunities?limit=100&tag=" + SandboxHttp.enc(tag))
                        .json()
                        .get("data")
                        .size())
                .isZero();
    }

    @Test
    void aTagWithSlashesAndPlusSignsTravelsAsOnePathSegment() {
        String tag = "C++/Rust";
        Opportunity o = server.data().opportunities().get(0);
        server.data().addTags(o.id(), List.of(tag), null);
        Long updatedAt = server.data().opportunity(o.id()).orElseThrow().updatedAt();

        SandboxHttp.Answer a = http.delete("/sandbox/tags/C++%2FRust");

        Opportunity after = server.data().opportunity(o.id()).orElseThrow();
        assertThat(List.of(a.status(), after.tags(), after.updatedAt())).isEqualTo(List.of(204, o.tags(), updatedAt));
        assertThat(server.data().tagCounts()).doesNotContainKey(tag);
    }

    @Test
    void anUnknownTagIs404AndOnlyTheMainKeyMayDeleteTags() {
        server.grantKey("limited", Set.of("tags:read", "opportunities:write"));

        SandboxHttp.Answer unknown = http.delete("/sandbox/tags/no-such-tag");
        SandboxHttp.Answer limited = SandboxHttp.withKey(server, "limited")
                .delete("/sandbox/tags/" + SandboxHttp.enc(mostUsedTag()).replace("+", "%20"));

        assertThat(List.of(unknown.status(), unknown.json().get("message").asText(), limited.status()))
                .isEqualTo(List.of(404, "Tag 'no-such-tag' was not found.", 403));
    }
}
