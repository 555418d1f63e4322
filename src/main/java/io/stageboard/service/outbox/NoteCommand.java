package io.stageboard.service.outbox;

import java.util.Optional;

/**
 * A write to an opportunity's notes. An opportunity's fields say nothing about its notes, so whether the write is
 * still needed is only known by looking at Lever ({@link #check}), never from a snapshot.
 */
public sealed interface NoteCommand extends WriteCommand permits CreateNote, DeleteNote, EditNote {

    @Override
    default Optional<String> unchangedReason(Snapshot current) {
        return Optional.empty();
    }
}
