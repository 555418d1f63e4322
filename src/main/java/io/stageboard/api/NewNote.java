package io.stageboard.api;

import java.util.Objects;

/**
 * A note to create.
 *
 * @param value the text, required
 * @param secret whether the note is secret
 * @param score a rating, or null for none
 */
public record NewNote(String value, boolean secret, Integer score) {

    /** Rejects a missing text: Lever requires one. */
    public NewNote {
        Objects.requireNonNull(value, "value");
    }
}
