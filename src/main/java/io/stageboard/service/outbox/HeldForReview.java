package io.stageboard.service.outbox;

import io.stageboard.api.LeverException;

/**
 * A write that was in flight when the app stopped and that Stageboard cannot safely look for on Lever: it is not
 * sent again, and the activity log shows it as needing a look, with a sentence telling the user what to check before
 * retrying it. Retrying (Retry failed) sends it without looking: the user has checked.
 */
public final class HeldForReview extends LeverException {

    /** The outcome the activity log shows for a held write. */
    public static final String OUTCOME = "Needs a look";

    private static final String PREFIX = OUTCOME + ": ";

    /** @param sentence what Stageboard could not tell, and what to check in Lever before retrying */
    HeldForReview(String sentence) {
        super(0, null, null, PREFIX + sentence, false, null);
    }

    /** @return true when an item's recorded message is that of a held write */
    public static boolean isHeld(String message) {
        return message != null && message.startsWith(PREFIX);
    }
}
