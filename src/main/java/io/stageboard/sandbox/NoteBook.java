package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The notes of every opportunity, oldest first. Seeded notes are drawn on demand until an opportunity's notes
 * change; from then on its list is stored. Not thread-safe: {@link SandboxData}'s lock guards it.
 */
final class NoteBook {

    private final Map<String, List<Note>> notes = new HashMap<>();
    private final Function<String, List<Note>> seeded;

    /** @param seeded the seeded notes of an opportunity id (empty for any other id) */
    NoteBook(Function<String, List<Note>> seeded) {
        this.seeded = seeded;
    }

    List<Note> of(String opportunityId) {
        return List.copyOf(current(opportunityId));
    }

    Optional<Note> find(String opportunityId, String noteId) {
        return current(opportunityId).stream()
                .filter(n -> n.id().equals(noteId))
                .findFirst();
    }

    void add(Note note) {
        stored(note.opportunityId()).add(note);
    }

    void remove(Note note) {
        stored(note.opportunityId()).remove(note);
    }

    private List<Note> current(String opportunityId) {
        List<Note> list = notes.get(opportunityId);
        return list != null ? list : seeded.apply(opportunityId);
    }

    private List<Note> stored(String opportunityId) {
        return notes.computeIfAbsent(opportunityId, id -> new ArrayList<>(seeded.apply(id)));
    }

    void removeAll(String opportunityId) {
        notes.remove(opportunityId);
    }
}
