package io.stageboard.service.outbox;

import io.stageboard.api.Note;

/**
 * A note as the journal records it before and after a note write.
 *
 * @param id   the note's id, or null when there is no note (before a create, after a delete)
 * @param text the note's text, or null
 */
record NoteState(String id, String text) {

    private static final int EXCERPT = 60;

    static NoteState none() {
        return new NoteState(null, null);
    }

    static NoteState of(Note note) {
        return new NoteState(note.id(), note.body());
    }

    /** What a note write left: the note (null when there is none any more), recorded as its state. */
    static WriteCommand.Written written(Note note) {
        return new WriteCommand.Written(null, note, Json.write(note == null ? none() : of(note)));
    }

    /** In words, for the activity log. */
    String describe() {
        return id == null ? "no note" : "note: " + excerpt(text);
    }

    /** The start of a note's text on one line, quoted, for descriptions. */
    static String excerpt(String text) {
        if (text == null) {
            return "(text not known)";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return "\u201c" + (line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "\u2026") + "\u201d";
    }
}
