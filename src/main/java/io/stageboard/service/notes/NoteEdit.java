package io.stageboard.service.notes;

import io.stageboard.api.LeverException;
import io.stageboard.api.Note;

/**
 * The result of editing a note, which Lever does as "create the new text, then delete the old note".
 *
 * @param created        the note with the edited text, now on Lever
 * @param oldNoteId      the note that was being replaced
 * @param deleteFailure  why the old note could not be deleted (both notes are then on Lever), or null when it was
 */
public record NoteEdit(Note created, String oldNoteId, LeverException deleteFailure) {

    /** @return true when the old note is gone and only the edited one remains */
    public boolean replaced() {
        return deleteFailure == null;
    }
}
