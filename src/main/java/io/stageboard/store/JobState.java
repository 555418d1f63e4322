package io.stageboard.store;

/** Where a job of the outbox stands. Running and paused jobs are unfinished: the app offers to resume them. */
public enum JobState {
    RUNNING,
    PAUSED,
    CANCELLED,
    FINISHED;

    /** @return true when items may still be sent */
    public boolean isUnfinished() {
        return this == RUNNING || this == PAUSED;
    }
}
