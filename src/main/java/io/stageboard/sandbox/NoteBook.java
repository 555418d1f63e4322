package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The notes of every opportunity, oldest first. Not thread-safe: {@link SandboxData}'s lock guards it. */
final class NoteBook {

    private final Map<String, List<Note>> notes = new HashMap<>();

    NoteBook(List<Note> seed) {
        seed.forEach(this::add);
    }

    List<Note> of(String opportunityId) {
        return List.copyOf(notes.getOrDefault(opportunityId, List.of()));
    }

    Optional<Note> find(String opportunityId, String noteId) {
        return notes.getOrDefault(opportunityId, List.of()).stream()
                .filter(n -> n.id().equals(noteId))
                .findFirst();
    }

    void add(Note note) {
        notes.computeIfAbsent(note.opportunityId(), k -> new ArrayList<>()).add(note);
    }

    void remove(Note note) {
        notes.getOrDefault(note.opportunityId(), new ArrayList<>()).remove(note);
    }

    void removeAll(String opportunityId) {
        notes.remove(opportunityId);
    }
}
