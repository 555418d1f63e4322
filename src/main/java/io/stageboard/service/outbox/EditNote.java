package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import io.stageboard.api.NewNote;
import java.util.List;

/**
 * Replaces a note's text, which Lever can only do as two writes: a job of two items in order, {@link #CREATE} the
 * edited note, then {@link #DELETE} the old one. If the create fails the delete is not sent, so no text is lost.
 *
 * @param oldNoteId   the note being replaced
 * @param oldText     its text, for descriptions and the activity log
 * @param edited      the new text
 * @param requestedAt when the edit was asked for (ms since the epoch), to find a create that landed
 */
public record EditNote(String oldNoteId, String oldText, NewNote edited, long requestedAt) implements NoteCommand {

    /** The item argument of the first step. */
    public static final String CREATE = "create";
    /** The item argument of the second step. */
    public static final String DELETE = "delete";

    @Override
    public String kind() {
        return "note-edit";
    }

    @Override
    public String describe(String candidate) {
        return "Edit note " + NoteState.excerpt(oldText) + " on " + candidate;
    }

    @Override
    public boolean inOrder() {
        return true;
    }

    @Override
    public WriteCommand forItem(String itemArgument) {
        String step = Json.read(itemArgument, String.class);
        if (CREATE.equals(step)) {
            return new CreateNote(edited, requestedAt);
        }
        if (DELETE.equals(step)) {
            return new DeleteNote(oldNoteId, oldText);
        }
        throw new IllegalArgumentException("A note edit has no step " + step);
    }

    /** The item arguments of the two steps, in order. */
    public static List<String> steps() {
        return List.of(Json.write(CREATE), Json.write(DELETE));
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        // Every item of an edit job carries its step; the job's own command is never sent whole.
        throw new IllegalStateException("A note edit is sent as its two steps, create then delete.");
    }
}
