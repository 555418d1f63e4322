package io.stageboard.service.failures;

import java.util.Objects;

/**
 * A failure as the user reads it.
 *
 * @param sentence what happened, a whole sentence
 * @param action   what the user can do about it, a whole sentence; empty when the sentence already says it or there
 *                 is nothing to do
 */
public record Failure(String sentence, String action) {

    public Failure {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(action, "action");
    }

    /** @return the sentence followed by the action: what a message bar or a dialog shows */
    public String text() {
        return action.isEmpty() ? sentence : sentence + " " + action;
    }
}
