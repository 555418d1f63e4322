package io.stageboard.service.bulk;

/**
 * A bulk job as the windows name it.
 *
 * @param id          the job's id in the outbox, to resume, retry or undo it
 * @param description what the job does, e.g. "Add tag \"Python\" to 40 candidates"
 */
public record BulkJob(long id, String description) {}
