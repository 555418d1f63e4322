package io.stageboard.service.outbox;

import java.time.Instant;

/**
 * One write the app made, in words, for the activity log.
 *
 * @param at          when its outcome was recorded
 * @param who         the Lever user the write was made as
 * @param description what was done (Add tag "Python" to Ada Lovelace)
 * @param before      the changed fields before, in words
 * @param after       the same fields after, in words (empty when it failed)
 * @param outcome     Succeeded, Unchanged or Failed
 * @param message     Lever's reason for a failure, or why nothing was changed; empty otherwise
 * @param jobId       the job it belonged to
 */
public record ActivityEntry(
        Instant at,
        String who,
        String description,
        String before,
        String after,
        String outcome,
        String message,
        long jobId) {}
