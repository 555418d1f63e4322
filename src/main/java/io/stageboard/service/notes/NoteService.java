package io.stageboard.service.notes;

import io.stageboard.api.LeverClient;
import io.stageboard.api.NewNote;
import io.stageboard.api.Note;
import io.stageboard.api.Opportunity;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.CreateNote;
import io.stageboard.service.outbox.DeleteNote;
import io.stageboard.service.outbox.EditNote;
import io.stageboard.service.outbox.ItemOutcome;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.SingleWrites;
import io.stageboard.store.ItemState;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Reads and writes an opportunity's notes; every write is a job of the outbox. Lever cannot update a note, so an edit
 * is a job of two steps in order, create the new text then delete the old note: whatever fails, no text is lost.
 */
public final class NoteService {

    private final LeverClient client;
    private final OutboxWorker worker;
    private final Executor background;
    private final Clock clock;

    /**
     * @param client     for reads
     * @param worker     the write engine, with the app's outbox
     * @param background where requests run; never the FX thread
     * @param clock      when a create is asked for, to find it on Lever if the app stops before the answer
     */
    public NoteService(LeverClient client, OutboxWorker worker, Executor background, Clock clock) {
        this.client = client;
        this.worker = worker;
        this.background = background;
        this.clock = clock;
    }

    /** Reads the opportunity's notes as Lever has them now, newest first. */
    public CompletableFuture<List<Note>> notes(String opportunityId) {
        return CompletableFuture.supplyAsync(() -> newestFirst(client.notes(opportunityId)), background);
    }

    /** Creates a note; completes exceptionally with a {@code LeverException} when Lever refuses. */
    public CompletableFuture<Note> add(String opportunityId, NewNote note) {
        return CompletableFuture.supplyAsync(
                () -> {
                    ItemOutcome created = SingleWrites.run(
                                    worker, new CreateNote(note, clock.millis()), List.of(target(opportunityId)), null)
                            .get(0);
                    SingleWrites.answer(created, null);
                    return created.note();
                },
                background);
    }

    /** Deletes a note for good; Lever answers 403 for notes written in the Lever app. */
    public CompletableFuture<Void> delete(String opportunityId, String noteId) {
        return CompletableFuture.runAsync(
                () -> {
                    String text = textOf(opportunityId, noteId);
                    SingleWrites.answer(
                            SingleWrites.run(worker, new DeleteNote(noteId, text), List.of(target(opportunityId)), null)
                                    .get(0),
                            null);
                },
                background);
    }

    /**
     * Replaces a note's text: one outbox job that creates the edited note, then deletes the old one. If the create
     * fails the future fails, the delete is not sent and the old note is untouched; if the delete fails the future
     * succeeds with a {@link NoteEdit} that carries the reason, and both notes are on Lever.
     */
    public CompletableFuture<NoteEdit> edit(String opportunityId, String oldNoteId, NewNote edited) {
        return CompletableFuture.supplyAsync(
                () -> {
                    EditNote command =
                            new EditNote(oldNoteId, textOf(opportunityId, oldNoteId), edited, clock.millis());
                    BulkTarget target = target(opportunityId);
                    List<ItemOutcome> steps =
                            SingleWrites.run(worker, command, List.of(target, target), EditNote.steps());
                    ItemOutcome created = steps.get(0);
                    SingleWrites.answer(created, null);
                    ItemOutcome deleted = steps.get(1);
                    return new NoteEdit(
                            created.note(), oldNoteId, deleted.state() == ItemState.FAILED ? deleted.error() : null);
                },
                background);
    }

    /** The candidate, read from Lever, so that the journal names who the note belongs to. */
    private BulkTarget target(String opportunityId) {
        Opportunity opportunity = client.opportunity(opportunityId);
        return new BulkTarget(opportunityId, opportunity.name() == null ? opportunityId : opportunity.name(), null);
    }

    /** The note's text as Lever has it, for the journal; null when the note is not found (the delete then says so). */
    private String textOf(String opportunityId, String noteId) {
        return client.notes(opportunityId).stream()
                .filter(n -> noteId.equals(n.id()))
                .map(Note::body)
                .findFirst()
                .orElse(null);
    }

    private static List<Note> newestFirst(List<Note> notes) {
        return notes.stream()
                .sorted(Comparator.comparing((Note n) -> n.createdAt() == null ? 0L : n.createdAt())
                        .reversed())
                .toList();
    }
}
