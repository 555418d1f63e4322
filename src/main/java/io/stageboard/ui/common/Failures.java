package io.stageboard.ui.common;

import io.stageboard.api.LeverException;

import java.util.concurrent.CompletionException;

/** Turns a failed future's cause into the sentence the user reads. */
public final class Failures {

    private Failures() {
    }

    /** @return the cause behind {@link CompletionException} wrappers */
    public static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** @return what went wrong, as a sentence: Lever's explanation, or a plain one for anything unexpected */
    public static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof LeverException lever) {
            return lever.userMessage();
        }
        if (cause instanceof IllegalStateException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return "Something unexpected went wrong (" + cause.getClass().getSimpleName() + ").";
    }
}
