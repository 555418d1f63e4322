package io.stageboard.service;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.api.NewNote;
import io.stageboard.api.Note;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Reads and writes an opportunity's notes. Lever cannot update a note, so an edit creates the new text first and
 * deletes the old note second: whatever fails, no text is lost.
 */
public final class NoteService {

    private final LeverClient client;
    private final Executor background;
    private final String performAs;

    /**
     * @param client     the Lever client of the current workspace
     * @param background where requests run; never the FX thread
     * @param performAs  the Lever user id recorded as the author, or null for the API key's default
     */
    public NoteService(LeverClient client, Executor background, String performAs) {
        this.client = client;
        this.background = background;
        this.performAs = performAs;
    }

    /** Reads the opportunity's notes as Lever has them now, newest first. */
    public CompletableFuture<List<Note>> notes(String opportunityId) {
        return CompletableFuture.supplyAsync(() -> newestFirst(client.notes(opportunityId)), background);
    }

    /** Creates a note; completes exceptionally with a {@code LeverException} when Lever refuses. */
    public CompletableFuture<Note> add(String opportunityId, NewNote note) {
        return CompletableFuture.supplyAsync(() -> client.createNote(opportunityId, note, performAs), background);
    }

    /** Deletes a note for good; Lever answers 403 for notes written in the Lever app. */
    public CompletableFuture<Void> delete(String opportunityId, String noteId) {
        return CompletableFuture.runAsync(() -> client.deleteNote(opportunityId, noteId, performAs), background);
    }

    /**
     * Replaces a note's text: creates the edited note, then deletes the old one. If the create fails the future
     * fails and the old note is untouched; if the delete fails the future succeeds with a {@link NoteEdit} that
     * carries the reason, and both notes are on Lever.
     */
    public CompletableFuture<NoteEdit> edit(String opportunityId, String oldNoteId, NewNote edited) {
        return CompletableFuture.supplyAsync(() -> {
            Note created = client.createNote(opportunityId, edited, performAs);
            try {
                client.deleteNote(opportunityId, oldNoteId, performAs);
                return new NoteEdit(created, oldNoteId, null);
            } catch (LeverException e) {
                return new NoteEdit(created, oldNoteId, e);
            }
        }, background);
    }

    private static List<Note> newestFirst(List<Note> notes) {
        return notes.stream()
                .sorted(Comparator.comparing((Note n) -> n.createdAt() == null ? 0L : n.createdAt()).reversed())
                .toList();
    }
}
