package io.stageboard.ui.common;

import io.stageboard.service.failures.Failure;
import io.stageboard.service.failures.FailurePolicy;

import java.util.concurrent.CompletionException;

/** Turns a failed future's cause into what the user reads, by the app's one policy ({@link FailurePolicy}). */
public final class Failures {

    private Failures() {
    }

    /** @return the cause behind {@link CompletionException} wrappers */
    public static Throwable unwrap(Throwable error) {
        return FailurePolicy.unwrap(error);
    }

    /** @return what went wrong and what to do, as separate sentences */
    public static Failure of(Throwable error) {
        return FailurePolicy.describe(error);
    }

    /** @return what went wrong and what to do, as one text */
    public static String describe(Throwable error) {
        return FailurePolicy.describe(error).text();
    }
}
