package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import java.util.Optional;

/**
 * Deletes a note for good. A 404 after an attempt that may have landed counts as done (the client sees to that); a
 * 403, which Lever answers for notes written in the Lever app, fails with Lever's message.
 *
 * @param noteId the note
 * @param text   its text, for descriptions and the activity log; null when not known
 */
public record DeleteNote(String noteId, String text) implements NoteCommand {

    @Override
    public String kind() {
        return "note-delete";
    }

    @Override
    public String describe(String candidate) {
        return "Delete note " + NoteState.excerpt(text) + " from " + candidate;
    }

    @Override
    public String recordedBefore(BulkTarget target) {
        return Json.write(new NoteState(noteId, text));
    }

    @Override
    public Check check(LeverClient client, String opportunityId, String performAs) {
        return client.notes(opportunityId).stream()
                .filter(n -> noteId.equals(n.id()))
                .findFirst()
                .map(n -> new Check(NoteState.written(n), Optional.<String>empty()))
                .orElseGet(() -> new Check(NoteState.written(null), Optional.of("Already deleted.")));
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        client.deleteNote(opportunityId, noteId, performAs);
        return NoteState.written(null);
    }
}
