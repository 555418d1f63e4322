package io.stageboard.ui.common;

import io.stageboard.service.failures.Failure;
import io.stageboard.service.failures.FailurePolicy;
import java.util.concurrent.CompletionException;

/** Turns a failed future's cause into what the user reads, by the app's one policy ({@link FailurePolicy}). */
public final class Failures {

    private Failures() {}

    /** @return the cause behind {@link CompletionException} wrappers */
    public static Throwable unwrap(Throwable error) {
        return FailurePolicy.unwrap(error);
    }

    /**
     * For a screen that can try again: what went wrong, then the failure's own action when it has one (a rejected
     * key is not fixed by trying again), else {@code retry}, the screen's way to try again.
     */
    public static String describe(Throwable error, String retry) {
        Failure failure = FailurePolicy.describe(error);
        return failure.sentence() + " " + (failure.action().isEmpty() ? retry : failure.action());
    }

    /** @return what went wrong and what to do, as one text */
    public static String describe(Throwable error) {
        return FailurePolicy.describe(error).text();
    }
}
