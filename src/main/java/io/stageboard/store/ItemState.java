package io.stageboard.store;

/** What became of one item of a job. */
public enum ItemState {
    /** Not sent yet. */
    PENDING,
    /** Handed to Lever; if the app stops now, the item is checked on Lever before it is sent again. */
    SENDING,
    /** Lever made the change. */
    SUCCEEDED,
    /** Nothing to change (already so on Lever, or someone else changed it meanwhile); no write was sent. */
    UNCHANGED,
    /** Lever refused or could not be reached after retries; the message says why. */
    FAILED,
    /** The job was cancelled before this item was sent. */
    CANCELLED;

    /** @return true when the item has an outcome */
    public boolean isDone() {
        return this != PENDING && this != SENDING;
    }
}
