package io.stageboard.store;

/**
 * One job of the outbox as stored.
 *
 * @param id          the job's number
 * @param kind        the command kind, e.g. {@code tags}
 * @param argument    the command's parameters (JSON written by the service layer)
 * @param description what the job does, in words (Add tag "Python" to 500 candidates)
 * @param actor       the Lever user id the writes are made as, or null for the key's owner
 * @param state       where the job stands
 * @param createdAt   ms since the epoch
 * @param finishedAt  ms since the epoch, or null while unfinished
 */
public record JobRow(
        long id,
        String kind,
        String argument,
        String description,
        String actor,
        JobState state,
        long createdAt,
        Long finishedAt) {}
