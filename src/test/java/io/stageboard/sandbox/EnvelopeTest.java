package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static SandboxServer server;
    private static SandboxHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(450));
        http = SandboxHttp.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsAreWrappedInDataWithHasNextAndAPercentEncodedJsonToken() {
        JsonNode json = http.get("/opportunities?limit=5").json();

        assertThat(json.get("data")).hasSize(5);
        assertThat(json.get("hasNext").asBoolean()).isTrue();
        assertThat(json.get("next").asText()).startsWith("%5B1%2C").endsWith("%5D");
    }

    @Test
    void singleObjectsAreWrappedInData() {
        Opportunity o = server.data().opportunities().stream()
                .filter(x -> x.confidentiality().equals("non-confidential"))
                .findFirst()
                .orElseThrow();

        JsonNode json = http.get("/opportunities/" + o.id()).json();

        assertThat(json.fieldNames()).toIterable().containsExactly("data");
        assertThat(json.at("/data/id").asText()).isEqualTo(o.id());
        assertThat(json.at("/data/stage").asText()).isEqualTo(o.stage());
        assertThat(json.get("data").fieldNames())
                .toIterable()
                .contains(
                        "id",
                        "name",
                        "headline",
                        "contact",
                        "emails",
                        "phones",
                        "location",
                        "links",
                        "stage",
                        "stageChanges",
                        "confidentiality",
                        "origin",
                        "sources",
                        "sourcedBy",
                        "owner",
                        "followers",
                        "tags",
                        "applications",
                        "archived",
                        "createdAt",
                        "updatedAt",
                        "lastInteractionAt",
                        "lastAdvancedAt",
                        "snoozedUntil",
                        "urls",
                        "isAnonymized",
                        "dataProtection",
                        "opportunityLocation");
        assertThat(json.at("/data/urls/show").asText()).endsWith("/candidates/" + o.id());
    }

    @Test
    void pagingWithLimit100WalksEveryNonConfidentialOpportunityOnce() {
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = http.get("/opportunities?limit=100" + (next == null ? "" : "&offset=" + next))
                    .json();
            page.get("data").forEach(o -> seen.add(o.get("id").asText()));
            next = page.has("next") ? page.get("next").asText() : null;
            assertThat(page.get("hasNext").asBoolean()).isEqualTo(next != null);
            pages++;
        } while (next != null);

        List<String> expected = server.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential"))
                .map(Opportunity::id)
                .toList();
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo((expected.size() + 99) / 100);
    }

    @Test
    void aTokenIsAcceptedOnceMoreUrlEncoded() {
        JsonNode first = http.get("/opportunities?limit=3").json();
        String token = first.get("next").asText();

        JsonNode asIs = http.get("/opportunities?limit=3&offset=" + token).json();
        JsonNode doubleEncoded = http.get("/opportunities?limit=3&offset=" + SandboxHttp.enc(token))
                .json();

        assertThat(doubleEncoded).isEqualTo(asIs);
        Set<String> ids = new HashSet<>();
        first.get("data").forEach(o -> ids.add(o.get("id").asText()));
        asIs.get("data").forEach(o -> assertThat(ids.add(o.get("id").asText())).isTrue());
    }

    @Test
    void aTokenFromAnotherQueryIsRefused() {
        String token = http.get("/opportunities?limit=3&archived=false")
                .json()
                .get("next")
                .asText();

        SandboxHttp.Answer a = http.get("/opportunities?limit=3&archived=true&offset=" + token);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("message").asText()).startsWith("Invalid offset token");
    }

    @Test
    void changingOnlyExpandKeepsTheTokenValid() {
        String token = http.get("/opportunities?limit=3&archived=false")
                .json()
                .get("next")
                .asText();

        assertThat(http.get("/opportunities?limit=3&archived=false&expand=stage&offset=" + token)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aMadeUpTokenIsRefused() {
        assertThat(http.get("/opportunities?offset=hello").status()).isEqualTo(400);
    }

    @Test
    void limitOutsideOneToHundredIsRefused() {
        assertThat(http.get("/opportunities?limit=0").status()).isEqualTo(400);
        assertThat(http.get("/opportunities?limit=101").status()).isEqualTo(400);
        assertThat(http.get("/stages?limit=abc").json().get("code").asText()).isEqualTo("BadRequestError");
        assertThat(http.get("/opportunities?limit=100").status()).isEqualTo(200);
    }

    @Test
    void smallListsEndWithoutANextToken() {
        JsonNode json = http.get("/stages").json();

        assertThat(json.get("hasNext").asBoolean()).isFalse();
        assertThat(json.has("next")).isFalse();
        assertThat(json.get("data")).hasSize(8);
    }

    @Test
    void unknownIdsAndPathsAnswer404Json() {
        SandboxHttp.Answer missing = http.get("/opportunities/00000000-0000-4000-8000-000000000000");
        SandboxHttp.Answer nowhere = http.get("/nothing/here");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().has("code")).isTrue();
        assertThat(missing.json().has("message")).isTrue();
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().get("message").asText()).contains("/nothing/here");
        assertThat(http.get("/stages/nope").status()).isEqualTo(404);
    }

    @Test
    void theWrongMethodAnswers405() {
        SandboxHttp.Answer a = http.send("DELETE", "/stages", null);

        assertThat(a.status()).isEqualTo(405);
        assertThat(a.json().get("code").asText()).isEqualTo("MethodNotAllowedError");
        String id = server.data().opportunities().get(0).id();
        assertThat(http.put("/opportunities/" + id + "/notes", "{}").status()).isEqualTo(405);
    }

    @Test
    void aBodyThatIsNotJsonAnswers400() {
        String id = server.data().opportunities().get(0).id();

        SandboxHttp.Answer a = http.put("/opportunities/" + id + "/stage", "{stage: oops");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("message").asText()).contains("not valid JSON");
    }

    @Test
    void notesAndUsersArePagedToo() {
        JsonNode users = http.get("/users?limit=7").json();
        String next = users.get("next").asText();
        JsonNode rest = http.get("/users?limit=100&offset=" + next).json();

        assertThat(users.get("data").size() + rest.get("data").size())
                .isEqualTo(server.data().users().size() - 1);
        assertThat(rest.get("hasNext").asBoolean()).isFalse();
    }
}
