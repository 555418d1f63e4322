package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NotesTest {

    private static SandboxServer server;
    private static SandboxHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(80));
        http = SandboxHttp.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Opportunity anyOpportunity() {
        return server.data().opportunities().get(5);
    }

    @Test
    void aCreatedNoteHasLeversShapeWithTheTextInFields() {
        Opportunity o = anyOpportunity();

        JsonNode note = http.post(
                        "/opportunities/" + o.id() + "/notes",
                        "{\"value\":\"Great call, moving on\",\"secret\":true,\"score\":3}")
                .json()
                .get("data");

        assertThat(note.get("id").asText()).isEqualTo(note.get("noteId").asText());
        assertThat(note.get("text").asText()).isEqualTo("Note");
        assertThat(note.get("secret").asBoolean()).isTrue();
        assertThat(note.get("user").isNull()).isTrue();
        assertThat(note.get("deletedAt").isNull()).isTrue();
        assertThat(note.get("createdAt").asLong())
                .isEqualTo(note.get("completedAt").asLong());
        JsonNode field = note.get("fields").get(0);
        assertThat(field.get("type").asText()).isEqualTo("note");
        assertThat(field.get("value").asText()).isEqualTo("Great call, moving on");
        assertThat(field.get("score").asInt()).isEqualTo(3);
        assertThat(field.get("stage").asText()).isEqualTo(o.stage());
        assertThat(server.data().note(o.id(), note.get("id").asText())).isPresent();
    }

    @Test
    void performAsBecomesTheNoteUser() {
        Opportunity o = anyOpportunity();
        User u = server.data().users().get(2);

        JsonNode note = http.post("/opportunities/" + o.id() + "/notes?perform_as=" + u.id(), "{\"value\":\"Hi\"}")
                .json()
                .get("data");

        assertThat(note.get("user").asText()).isEqualTo(u.id());
        assertThat(server.data()
                        .note(o.id(), note.get("id").asText())
                        .orElseThrow()
                        .userId())
                .isEqualTo(u.id());
    }

    @Test
    void aNoteNeedsAValue() {
        assertThat(http.post("/opportunities/" + anyOpportunity().id() + "/notes", "{\"secret\":false}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anApiNoteCanBeReadListedAndDeleted() {
        Opportunity o = anyOpportunity();
        String id = http.post("/opportunities/" + o.id() + "/notes", "{\"value\":\"To delete\"}")
                .json()
                .at("/data/id")
                .asText();

        assertThat(http.get("/opportunities/" + o.id() + "/notes/" + id)
                        .json()
                        .at("/data/fields/0/value")
                        .asText())
                .isEqualTo("To delete");
        assertThat(http.get("/opportunities/" + o.id() + "/notes")
                        .json()
                        .get("data")
                        .findValuesAsText("id"))
                .contains(id);
        SandboxHttp.Answer deleted = http.delete("/opportunities/" + o.id() + "/notes/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(server.data().note(o.id(), id)).isEmpty();
        assertThat(http.delete("/opportunities/" + o.id() + "/notes/" + id).status())
                .isEqualTo(404);
    }

    @Test
    void aNoteMadeInTheLeverAppCannotBeDeleted() {
        Note inApp = server.data().opportunities().stream()
                .flatMap(o -> server.data().notes(o.id()).stream())
                .filter(Note::madeInApp)
                .findFirst()
                .orElseThrow();

        SandboxHttp.Answer a = http.delete("/opportunities/" + inApp.opportunityId() + "/notes/" + inApp.id());

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().get("code").asText()).isEqualTo("ForbiddenError");
        assertThat(a.json().get("message").asText())
                .isEqualTo("Notes created in the Lever app cannot be deleted through the API.");
        assertThat(server.data().note(inApp.opportunityId(), inApp.id())).isPresent();
    }

    @Test
    void notesOfAnUnknownOpportunityAre404() {
        assertThat(http.get("/opportunities/nope/notes").status()).isEqualTo(404);
    }
}
