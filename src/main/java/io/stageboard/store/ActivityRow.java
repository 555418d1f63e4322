package io.stageboard.store;

/**
 * One line of the activity log: an item with an outcome, joined with its job.
 *
 * @param at            when the outcome was recorded, ms since the epoch
 * @param actor         the Lever user id the write was made as, or null for the key's owner
 * @param jobId         the job
 * @param kind          the job's command kind
 * @param jobDescription what the whole job did
 * @param opportunityId the opportunity
 * @param description   what the item did
 * @param state         the outcome
 * @param before        the relevant fields before (JSON), or null
 * @param after         the same fields after (JSON), or null
 * @param message       Lever's reason for a failure, or null
 */
public record ActivityRow(
        long at,
        String actor,
        long jobId,
        String kind,
        String jobDescription,
        String opportunityId,
        String description,
        ItemState state,
        String before,
        String after,
        String message) {}
