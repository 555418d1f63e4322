package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Posting;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's public Postings API v0 and Lever's dedupe by email on create. */
class PublicPostingsAndDedupeTest {

    private static SandboxServer server;
    private static SandboxHttp http;
    private static final HttpClient PLAIN = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(30));
        http = SandboxHttp.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SandboxHttp.Answer publicGet(String path) throws Exception {
        // No Authorization header: the public API needs no key.
        HttpResponse<String> r = PLAIN.send(
                HttpRequest.newBuilder(URI.create(server.publicPostingsUrl() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new SandboxHttp.Answer(r.statusCode(), r.body(), r);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }

    @Test
    void thePublicListIsABareArrayOfThePublishedPostingsOnly() throws Exception {
        SandboxHttp.Answer a = publicGet("/" + server.siteName() + "?mode=json");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().isArray()).isTrue();
        List<String> published = server.data().postings().stream()
                .filter(p ->
                        p.state().equals("published") && p.confidentiality().equals("non-confidential"))
                .map(Posting::id)
                .toList();
        assertThat(ids(a.json())).containsExactlyInAnyOrderElementsOf(published);
        JsonNode first = a.json().get(0);
        assertThat(first.has("hostedUrl")
                        && first.has("applyUrl")
                        && first.path("categories").has("team"))
                .isTrue();
        assertThat(first.has("state") || first.has("owner")).isFalse();
    }

    @Test
    void onePublishedPostingIsAnObjectAndOthersAreNotFound() throws Exception {
        Posting published = server.data().postings().stream()
                .filter(p -> p.state().equals("published"))
                .findFirst()
                .orElseThrow();
        Posting draft = server.data().postings().stream()
                .filter(p -> p.state().equals("draft"))
                .findFirst()
                .orElseThrow();

        SandboxHttp.Answer one = publicGet("/" + server.siteName() + "/" + published.id());
        SandboxHttp.Answer hidden = publicGet("/" + server.siteName() + "/" + draft.id());
        SandboxHttp.Answer unknownSite = publicGet("/no-such-company?mode=json");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("text").asText()).isEqualTo(published.text());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknownSite.status()).isEqualTo(404);
        assertThat(unknownSite.body()).isEqualTo("{\"ok\":false,\"error\":\"Document not found\"}");
    }

    @Test
    void anEmailOfAnExistingContactAttachesTheNewOpportunityToThatContact() {
        Opportunity existing = server.data().opportunities().stream()
                .filter(o -> !o.emails().isEmpty())
                .findFirst()
                .orElseThrow();
        String user = server.data().users().get(1).id();

        SandboxHttp.Answer a = http.post(
                "/opportunities?perform_as=" + user,
                "{\"name\":\"Someone Else\"," + "\"headline\":\"New headline\",\"emails\":[\""
                        + existing.emails().get(0).toUpperCase() + "\"]}");

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode data = a.json().get("data");
        assertThat(data.get("deduped").asBoolean()).isTrue();
        Opportunity created = server.data().opportunity(data.get("id").asText()).orElseThrow();
        assertThat(List.of(created.contact(), created.name(), created.headline(), created.emails()))
                .isEqualTo(List.of(existing.contact(), existing.name(), existing.headline(), existing.emails()));
        assertThat(created.id()).isNotEqualTo(existing.id());
    }

    @Test
    void aNewEmailMakesANewContactAndSaysSo() {
        String user = server.data().users().get(1).id();

        SandboxHttp.Answer a = http.post(
                "/opportunities?perform_as=" + user,
                "{\"name\":\"Brand New\",\"emails\":[\"brand.new.person@example.org\"]}");

        JsonNode data = a.json().get("data");
        assertThat(data.get("deduped").asBoolean()).isFalse();
        String contact = data.get("contact").asText();
        assertThat(server.data().opportunities().stream()
                        .filter(o -> o.contact().equals(contact))
                        .count())
                .isEqualTo(1);
    }
}
