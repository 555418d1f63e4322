package io.stageboard.service.outbox;

/** Hears about a running job. Called on a background thread; hand the news to the UI executor. */
public interface JobListener {

    /** An item completed. */
    default void itemDone(ItemOutcome outcome) {}

    /** The job's counts, rate or state changed. */
    default void progress(JobProgress progress) {}

    /** A listener that hears nothing. */
    static JobListener none() {
        return new JobListener() {};
    }
}
