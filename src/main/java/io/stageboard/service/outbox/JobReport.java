package io.stageboard.service.outbox;

import io.stageboard.store.ItemRow;
import io.stageboard.store.ItemState;
import io.stageboard.store.JobRow;
import java.util.List;

/**
 * The truthful end of a job, read back from the outbox: what happened to every item.
 *
 * @param job       the job as stored
 * @param succeeded items Lever changed
 * @param unchanged items that needed no write
 * @param failed    the failed items, each with Lever's reason
 * @param cancelled items not sent because the job was cancelled
 */
public record JobReport(JobRow job, int succeeded, int unchanged, List<ItemRow> failed, int cancelled) {

    /** Counts the items of a job as stored. */
    public static JobReport of(JobRow job, List<ItemRow> items) {
        return new JobReport(
                job,
                count(items, ItemState.SUCCEEDED),
                count(items, ItemState.UNCHANGED),
                items.stream().filter(i -> i.state() == ItemState.FAILED).toList(),
                count(items, ItemState.CANCELLED));
    }

    private static int count(List<ItemRow> items, ItemState state) {
        return (int) items.stream().filter(i -> i.state() == state).count();
    }

    /** The one-line summary the CLI prints last: {@code N succeeded, M unchanged, K failed}. */
    public String summary() {
        return succeeded + " succeeded, " + unchanged + " unchanged, " + failed.size() + " failed";
    }
}
