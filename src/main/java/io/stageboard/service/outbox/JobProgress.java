package io.stageboard.service.outbox;

import java.time.Duration;

/**
 * Where a running job stands.
 *
 * @param jobId       the job
 * @param description what it does
 * @param total       items in the job
 * @param succeeded   items Lever changed
 * @param unchanged   items that needed no write
 * @param failed      items that failed
 * @param cancelled   items not sent because the job was cancelled
 * @param rate        items completed per second in this run, 0 before the first one
 * @param remaining   the time the items left will take at the current (or nominal) rate
 * @param phase       running, paused, cancelling or over
 */
public record JobProgress(
        long jobId,
        String description,
        int total,
        int succeeded,
        int unchanged,
        int failed,
        int cancelled,
        double rate,
        Duration remaining,
        Phase phase) {

    /** The run's phase. */
    public enum Phase {
        RUNNING,
        PAUSED,
        CANCELLING,
        FINISHED,
        CANCELLED
    }

    /** @return items with an outcome */
    public int done() {
        return succeeded + unchanged + failed + cancelled;
    }
}
