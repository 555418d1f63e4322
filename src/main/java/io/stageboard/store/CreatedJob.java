package io.stageboard.store;

import java.util.List;

/**
 * A job as {@link Outbox#createJob} wrote it, so that it can run without being read back.
 *
 * @param job   the job row
 * @param items its items, in order
 */
public record CreatedJob(JobRow job, List<ItemRow> items) {

    public CreatedJob {
        items = List.copyOf(items);
    }
}
