package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageboard.sandbox.SandboxModel.Note;
import java.util.Comparator;
import java.util.List;

/** Notes: list, read, create and delete. Notes cannot be updated (Lever's FAQ), so there is no PUT. */
final class NoteHandlers {

    private final SandboxData data;

    NoteHandlers(SandboxData data) {
        this.data = data;
    }

    void register(Router router) {
        router.add("GET", "/opportunities/:id/notes", "notes:read", this::list)
                .add("POST", "/opportunities/:id/notes", "notes:write", this::create)
                .add("GET", "/opportunities/:id/notes/:noteId", "notes:read", this::one)
                .add("DELETE", "/opportunities/:id/notes/:noteId", "notes:write", this::delete);
    }

    private String existing(Request r) {
        String id = r.pathParam("id");
        if (data.opportunity(id).isEmpty()) {
            throw ReferenceHandlers.notFound("Opportunity", id);
        }
        return id;
    }

    private Response list(Request r) {
        String id = existing(r);
        // Newest first, like the notes feed in the Lever app.
        List<Note> notes = data.notes(id).stream()
                .sorted(Comparator.comparingLong(Note::createdAt).reversed().thenComparing(Note::id))
                .toList();
        OffsetTokens.Page<Note> page = OffsetTokens.page(
                notes,
                n -> new OffsetTokens.Key(n.createdAt(), n.id()),
                OffsetTokens.NEWEST_FIRST,
                r.offset(),
                r.limit(100),
                r.fingerprint());
        return Response.ok(
                LeverJson.list(page.items().stream().map(LeverJson::note).toList(), page.hasNext(), page.next()));
    }

    private Response one(Request r) {
        String id = existing(r);
        String noteId = r.pathParam("noteId");
        Note note = data.note(id, noteId).orElseThrow(() -> ReferenceHandlers.notFound("Note", noteId));
        return Response.ok(LeverJson.single(LeverJson.note(note)));
    }

    private Response create(Request r) {
        String id = existing(r);
        String user = OpportunityWriteHandlers.performAs(r, data);
        JsonNode body = r.json();
        JsonNode value = body.get("value");
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiError.badRequest("Missing 'value': send {\"value\": \"<note text>\"}.");
        }
        JsonNode secret = body.get("secret");
        if (secret != null && !secret.isNull() && !secret.isBoolean()) {
            throw ApiError.badRequest("'secret' must be true or false.");
        }
        JsonNode score = body.get("score");
        if (score != null && !score.isNull() && !score.canConvertToInt()) {
            throw ApiError.badRequest("'score' must be an integer.");
        }
        Integer scoreValue = score == null || score.isNull() ? null : score.asInt();
        Note note = OpportunityWriteHandlers.change(
                id,
                () -> data.addNote(id, value.asText(), secret != null && secret.asBoolean(), scoreValue, user, false));
        return Response.ok(LeverJson.single(LeverJson.note(note)));
    }

    private Response delete(Request r) {
        OpportunityWriteHandlers.performAs(r, data);
        String id = r.pathParam("id");
        String noteId = r.pathParam("noteId");
        return switch (data.deleteNote(id, noteId)) {
            case DELETED -> Response.noContent();
            case NO_SUCH_OPPORTUNITY -> throw ReferenceHandlers.notFound("Opportunity", id);
            case NO_SUCH_NOTE -> throw ReferenceHandlers.notFound("Note", noteId);
            case MADE_IN_APP ->
                throw ApiError.forbidden("Notes created in the Lever app cannot be deleted through the API.");
        };
    }
}
