package io.stageboard.service;

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
public record CreateNote(NewNote note, long requestedAt) implements WriteCommand {

    @Override
    public String kind() {
        return "note-create";
    }

    @Override
    public String describe(String candidate) {
        return "Add note " + NoteState.excerpt(note.value()) + " to " + candidate;
    }

    @Override
    public String summary(int count) {
        return describe(count == 1 ? "1 candidate" : count + " candidates");
    }

    @Override
    public Optional<String> unchangedReason(Snapshot current) {
        // An opportunity's fields say nothing about its notes; only check() can tell.
        return Optional.empty();
    }

    @Override
    public String recordedBefore(BulkTarget target) {
        return Json.write(NoteState.none());
    }

    @Override
    public Check check(LeverClient client, String opportunityId, String performAs) {
        Optional<Note> landed = client.landedNote(opportunityId, note, performAs, requestedAt);
        return landed.map(n -> new Check(found(n), Optional.of("Already on Lever: the note was saved before the app"
                        + " stopped.")))
                .orElseGet(() -> new Check(new Written(null, null, Json.write(NoteState.none())), Optional.empty()));
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        return found(client.createNote(opportunityId, note, performAs));
    }

    private static Written found(Note created) {
        return new Written(null, created, Json.write(NoteState.of(created)));
    }
}
