package io.stageboard.store;

/**
 * One item of a job: one write to one opportunity.
 *
 * @param jobId         the job
 * @param seq           position in the job, from 0
 * @param opportunityId the opportunity written to
 * @param label         the candidate's name
 * @param description   what the item does, in words (Add tag "Python" to Ada Lovelace)
 * @param argument      item-specific parameters (JSON), or null when the job's parameters apply
 * @param state         where it stands
 * @param before        the opportunity's relevant fields before (JSON), or null
 * @param after         the same fields after, as Lever answered (JSON), or null
 * @param message       Lever's reason for a failure, or why the item was left unchanged; null otherwise
 * @param updatedAt     ms since the epoch of the last change of state
 */
public record ItemRow(
        long jobId,
        int seq,
        String opportunityId,
        String label,
        String description,
        String argument,
        ItemState state,
        String before,
        String after,
        String message,
        long updatedAt) {}
