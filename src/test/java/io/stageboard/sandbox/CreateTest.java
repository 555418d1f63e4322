package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CreateTest {

    private static SandboxServer server;
    private static SandboxHttp http;
    private static User recruiter;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(20));
        http = SandboxHttp.of(server);
        recruiter = server.data().users().get(1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void createNeedsPerformAs() {
        SandboxHttp.Answer a = http.post("/opportunities", "{\"name\":\"Jane Doe\"}");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("message").asText()).contains("perform_as is required");
    }

    @Test
    void aCreatedOpportunityStartsAsANewLeadFollowedByItsCreator() {
        int before = server.data().opportunityCount();

        SandboxHttp.Answer a = http.post(
                "/opportunities?perform_as=" + recruiter.id(),
                "{\"name\":\"Jane O'Doe\",\"emails\":[\"jane@example.com\"],\"tags\":[\"New\",\"New\"]}");

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode data = a.json().get("data");
        Opportunity o = server.data().opportunity(data.get("id").asText()).orElseThrow();
        assertThat(o.name()).isEqualTo("Jane O'Doe");
        assertThat(o.stage()).isEqualTo("lead-new");
        assertThat(o.tags()).containsExactly("New");
        assertThat(o.owner()).isEqualTo(recruiter.id());
        assertThat(o.sourcedBy()).isEqualTo(recruiter.id());
        assertThat(o.followers()).containsExactly(recruiter.id());
        assertThat(o.stageChanges()).hasSize(1);
        assertThat(server.data().opportunityCount()).isEqualTo(before + 1);
        assertThat(server.data().opportunities().get(0).id()).isEqualTo(o.id());
    }

    @Test
    void aPostingOwnerCanBeTheCreator() {
        Posting posting = server.data().postings().get(0);

        JsonNode data = http.post(
                        "/opportunities?perform_as_posting_owner=true",
                        "{\"name\":\"Ana\",\"postings\":[\"" + posting.id() + "\"],\"stage\":\"applicant-new\"}")
                .json()
                .get("data");

        assertThat(data.get("owner").asText()).isEqualTo(posting.owner());
        assertThat(data.get("applications")).hasSize(1);
        assertThat(data.get("stage").asText()).isEqualTo("applicant-new");
    }

    @Test
    void linksCanBeAddedAndRemoved() {
        Opportunity o = server.data().opportunities().get(3);

        http.post("/opportunities/" + o.id() + "/addLinks", "{\"links\":[\"https://example.org/me\"]}");
        assertThat(server.data().opportunity(o.id()).orElseThrow().links()).contains("https://example.org/me");
        http.post("/opportunities/" + o.id() + "/removeLinks", "{\"links\":[\"https://example.org/me\"]}");

        assertThat(server.data().opportunity(o.id()).orElseThrow().links()).isEqualTo(o.links());
    }
}
