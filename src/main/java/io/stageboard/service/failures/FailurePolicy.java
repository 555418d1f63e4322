package io.stageboard.service.failures;

import io.stageboard.api.LeverAuthenticationException;
import io.stageboard.api.LeverBadRequestException;
import io.stageboard.api.LeverException;
import io.stageboard.api.LeverPermissionException;
import io.stageboard.api.LeverRateLimitException;
import io.stageboard.api.LeverServerException;
import io.stageboard.credentials.Feature;
import io.stageboard.credentials.SecretStoreException;
import io.stageboard.service.accounts.AccountKeyMissingException;
import io.stageboard.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Describes every failure the app shows, keyed on its type. Failures whose remedy is the same wherever they happen
 * (a rejected key, a missing permission, a refused request, throttling, trouble at Lever) get their sentence and
 * action here. Failures whose wording depends on where they happened (a missing record, a host that does not
 * answer, a bad address, the keychain, the database, a file) keep the sentence their thrower wrote for the user,
 * which already says what to do.
 */
public final class FailurePolicy {

    private static final String GRANTS = "under Settings → Integrations and API.";
    private static final String GRANTS_PAGE = "under Settings › Integrations and API › API Credentials.";

    private FailurePolicy() {}

    /** @return the cause behind {@link CompletionException} and {@link ExecutionException} wrappers */
    public static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** @return what happened and what to do about it; never null, never a stack trace */
    public static Failure describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof LeverException lever) {
            return lever(lever);
        }
        if (cause instanceof AccountKeyMissingException missing) {
            return new Failure(
                    "The key of \"" + missing.account().name() + "\" is no longer in the system keychain.",
                    "Connect the account again with a key from Lever.");
        }
        // These carry sentences written for the user, with the way out already in them.
        if (cause instanceof SecretStoreException
                || cause instanceof StoreException
                || cause instanceof UncheckedIOException
                || cause instanceof IllegalStateException) {
            if (cause.getMessage() != null) {
                return new Failure(cause.getMessage(), "");
            }
        }
        if (cause instanceof IOException io) {
            String kind = io.getClass().getSimpleName();
            return new Failure(
                    "Stageboard could not read or write a file or connection (" + kind + ").",
                    "Check the disk and the app data folder, then try again.");
        }
        String name = cause == null ? "no reason given" : cause.getClass().getSimpleName();
        return new Failure(
                "Something unexpected went wrong (" + name + ").",
                "Try again; if it keeps happening, the log file has the details.");
    }

    /**
     * The sentence for an optional list the key may not read: what is off and which permission to grant. The filter's
     * tooltip, the status bar and the connect dialog's check use the same names ({@link Feature#permission()}).
     *
     * @param feature the permission the key lacks
     * @return e.g. "This API key lacks Postings (read), needed for posting names and the posting filter." and the
     *         grant to ask for
     */
    public static Failure missingPermission(Feature feature) {
        return new Failure(
                "This API key lacks " + feature.permission() + ", needed for " + feature.usedFor() + ".",
                "Ask a Super Admin to grant it " + GRANTS_PAGE);
    }

    /**
     * The sentence for an optional list that could not be read for another reason than a permission (Lever down, an
     * error page, cut JSON): what is off for now, and the failure's own sentence.
     */
    public static Failure optionalListFailed(Feature feature, Throwable error) {
        Failure failure = describe(error);
        return new Failure(
                "Stageboard could not read what " + feature.usedFor() + " need. " + failure.sentence(),
                failure.action().isEmpty() ? "Press F5 to try again." : failure.action());
    }

    private static Failure lever(LeverException e) {
        if (e instanceof LeverAuthenticationException) {
            return new Failure("Lever rejected the API key.", "Check the key or create a new one " + GRANTS);
        }
        if (e instanceof LeverPermissionException refused
                && refused.permission() != null
                && Feature.forScope(refused.permission()).isPresent()) {
            return missingPermission(Feature.forScope(refused.permission()).get());
        }
        if (e instanceof LeverPermissionException) {
            return new Failure(
                    "This API key is not allowed to do this"
                            + (e.leverMessage() == null ? "." : " (Lever says: " + e.leverMessage() + ")."),
                    "Ask a Super Admin to grant the key this permission " + GRANTS);
        }
        if (e instanceof LeverBadRequestException) {
            String reason =
                    e.leverMessage() == null ? "it said the request was invalid." : endSentence(e.leverMessage());
            return new Failure("Lever refused the request: " + reason, "Check what you entered and try again.");
        }
        if (e instanceof LeverRateLimitException limit) {
            Duration wait = limit.retryAfter();
            return new Failure(
                    "Lever is throttling requests.",
                    wait == null || wait.toSeconds() < 1
                            ? "Try again in a minute."
                            : "Try again in " + wait.toSeconds() + " seconds.");
        }
        if (e instanceof LeverServerException) {
            return new Failure(
                    "Lever had a problem handling the request (HTTP " + e.status() + ").",
                    "Try again in a few minutes.");
        }
        // What is missing, which host did not answer, what was wrong with an address: only the client knows, and
        // its sentence already says what to do.
        return new Failure(e.userMessage(), "");
    }

    private static String endSentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }
}
