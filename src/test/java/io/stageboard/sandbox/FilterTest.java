package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FilterTest {

    private static SandboxServer server;
    private static SandboxHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(600));
        http = SandboxHttp.of(server);
        server.grantKey("confidential", Set.of("*", "confidential:access"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every id the list endpoint returns for this query, following the tokens. */
    private static List<String> ids(String query) {
        return ids(http, query);
    }

    private static List<String> ids(SandboxHttp http, String query) {
        List<String> ids = new ArrayList<>();
        String next = null;
        do {
            SandboxHttp.Answer a =
                    http.get("/opportunities?limit=100&" + query + (next == null ? "" : "&offset=" + next));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            JsonNode page = a.json();
            page.get("data").forEach(o -> ids.add(o.get("id").asText()));
            next = page.has("next") ? page.get("next").asText() : null;
        } while (next != null);
        return ids;
    }

    private static List<String> expected(Predicate<Opportunity> p) {
        return server.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential"))
                .filter(p)
                .map(Opportunity::id)
                .toList();
    }

    @Test
    void stageFilterKeepsOpportunitiesInThatStage() {
        String phoneScreen = server.data().stages().get(4).id();

        assertThat(ids("stage_id=" + phoneScreen))
                .isNotEmpty()
                .containsExactlyElementsOf(expected(o -> o.stage().equals(phoneScreen)));
    }

    @Test
    void repeatedStageIdsAreAUnion() {
        assertThat(ids("stage_id=lead-new&stage_id=offer"))
                .containsExactlyElementsOf(
                        expected(o -> o.stage().equals("lead-new") || o.stage().equals("offer")));
    }

    @Test
    void tagFilterIsCaseSensitive() {
        List<String> upper = ids("tag=Referral");
        List<String> lower = ids("tag=referral");

        assertThat(upper)
                .isNotEmpty()
                .containsExactlyElementsOf(expected(o -> o.tags().contains("Referral")));
        assertThat(lower)
                .isNotEmpty()
                .containsExactlyElementsOf(expected(o -> o.tags().contains("referral")));
        assertThat(upper).isNotEqualTo(lower);
        assertThat(ids("tag=REFERRAL")).isEmpty();
    }

    @Test
    void archivedIsTriState() {
        List<String> archived = ids("archived=true");
        List<String> active = ids("archived=false");
        List<String> both = ids("");

        assertThat(archived).isNotEmpty().containsExactlyElementsOf(expected(Opportunity::isArchived));
        assertThat(active).isNotEmpty().containsExactlyElementsOf(expected(o -> !o.isArchived()));
        assertThat(both).hasSize(archived.size() + active.size());
        assertThat(http.get("/opportunities?archived=maybe").status()).isEqualTo(400);
    }

    @Test
    void postingFilterAndAndAcrossDifferentParameters() {
        String posting = server.data().postings().get(0).id();

        assertThat(ids("posting_id=" + posting))
                .isNotEmpty()
                .containsExactlyElementsOf(expected(o -> posting.equals(o.postingId())));
        assertThat(ids("posting_id=" + posting + "&archived=false"))
                .containsExactlyElementsOf(expected(o -> posting.equals(o.postingId()) && !o.isArchived()));
    }

    @Test
    void archiveReasonFilterUsesLeversParameterName() {
        String hired = server.data().archiveReasons().stream()
                .filter(r -> r.type().equals("hired"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(ids("archive_reason_id=" + hired))
                .isNotEmpty()
                .containsExactlyElementsOf(expected(
                        o -> o.archived() != null && o.archived().reason().equals(hired)));
    }

    @Test
    void timeRangesAreInclusive() {
        Opportunity some = server.data().opportunities().get(10);
        long t = some.createdAt();

        assertThat(ids("created_at_start=" + t + "&created_at_end=" + t)).contains(some.id());
        List<String> updated = ids("updated_at_start=" + t);
        assertThat(updated).containsExactlyElementsOf(expected(o -> o.updatedAt() != null && o.updatedAt() >= t));
    }

    @Test
    void originSourceAndEmailFilters() {
        assertThat(ids("origin=referred&origin=agency"))
                .containsExactlyElementsOf(expected(
                        o -> o.origin().equals("referred") || o.origin().equals("agency")));
        assertThat(ids("source=LinkedIn"))
                .containsExactlyElementsOf(expected(o -> o.sources().contains("LinkedIn")));
        Opportunity withEmail = server.data().opportunities().stream()
                .filter(o -> !o.emails().isEmpty() && o.confidentiality().equals("non-confidential"))
                .findFirst()
                .orElseThrow();
        assertThat(ids("email=" + SandboxHttp.enc(withEmail.emails().get(0)))).contains(withEmail.id());
    }

    @Test
    void anEmailFilterThatIsNotAnAddressIsRefused() {
        SandboxHttp.Answer a = http.get("/opportunities?email=not-an-address");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("message").asText()).contains("Email address is not valid");
    }

    @Test
    void confidentialOpportunitiesNeedConfidentialityAll() {
        long confidential = server.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("confidential"))
                .count();

        assertThat(confidential).isPositive();
        assertThat(ids(SandboxHttp.withKey(server, "confidential"), "confidentiality=all"))
                .hasSize(server.data().opportunityCount());
        assertThat(http.get("/opportunities?confidentiality=all").status()).isEqualTo(403);
    }

    @Test
    void expandReplacesIdsWithObjects() {
        Opportunity o = server.data().opportunities().stream()
                .filter(x -> x.confidentiality().equals("non-confidential"))
                .findFirst()
                .orElseThrow();

        JsonNode json = http.get("/opportunities/" + o.id() + "?expand=stage&expand=owner&expand=followers")
                .json()
                .get("data");

        assertThat(json.at("/stage/id").asText()).isEqualTo(o.stage());
        assertThat(json.at("/stage/text").asText())
                .isEqualTo(server.data().stage(o.stage()).orElseThrow().text());
        assertThat(json.at("/owner/id").asText()).isEqualTo(o.owner());
        assertThat(json.at("/owner/email").asText()).contains("@");
        assertThat(json.at("/followers/0/name").isTextual()).isTrue();
        assertThat(json.get("sourcedBy").isTextual()).isTrue();
    }

    @Test
    void usersHideTheDeactivatedOneUnlessAskedAndFilterByEmail() {
        int active = http.get("/users").json().get("data").size();
        int all = http.get("/users?includeDeactivated=true").json().get("data").size();
        String email = server.data().users().get(3).email();

        assertThat(all).isEqualTo(server.data().users().size()).isEqualTo(active + 1);
        JsonNode byEmail =
                http.get("/users?email=" + SandboxHttp.enc(email)).json().get("data");
        assertThat(byEmail).hasSize(1);
        assertThat(byEmail.get(0).get("email").asText()).isEqualTo(email);
    }

    @Test
    void postingsCanBeFilteredByRepeatedState() {
        JsonNode all = SandboxHttp.withKey(server, "confidential")
                .get("/postings?confidentiality=all")
                .json()
                .get("data");
        JsonNode some = http.get("/postings?state=draft&state=closed").json().get("data");

        assertThat(all).hasSize(server.data().postings().size());
        assertThat(some)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.get("state").asText()).isIn("draft", "closed"));
    }
}
