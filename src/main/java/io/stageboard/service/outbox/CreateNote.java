package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import io.stageboard.api.NewNote;
import io.stageboard.api.Note;
import java.util.Optional;

/**
 * Adds a note to opportunities. A create is not safe to repeat: the client looks for the landed note before it sends
 * again after a lost answer, and an item found being sent after a crash is looked for the same way.
 *
 * @param note        the note to create
 * @param requestedAt when the write was asked for (ms since the epoch): notes older than this are not it
 */
public record CreateNote(NewNote note, long requestedAt) implements NoteCommand {

    @Override
    public String kind() {
        return "note-create";
    }

    @Override
    public String describe(String candidate) {
        return "Add note " + NoteState.excerpt(note.value()) + " to " + candidate;
    }

    @Override
    public String recordedBefore(BulkTarget target) {
        return Json.write(NoteState.none());
    }

    @Override
    public Check check(LeverClient client, String opportunityId, String performAs) {
        Optional<Note> landed = client.landedNote(opportunityId, note, performAs, requestedAt);
        return landed.map(n -> new Check(
                        NoteState.written(n),
                        Optional.of("Already on Lever: the note was saved" + " before the app stopped.")))
                .orElseGet(() -> new Check(NoteState.written(null), Optional.empty()));
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        return NoteState.written(client.createNote(opportunityId, note, performAs));
    }
}
