package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One entry of a note; the note's text is in {@link #value()}.
 *
 * @param type {@code note} for a plain note
 * @param text a label such as "Comment"
 * @param value the text the user wrote
 * @param score a rating, or null
 * @param stage the opportunity's stage when the note was written
 * @param user author user id, or null for API-created notes without perform_as
 * @param createdAt ms since the epoch
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoteField(
        String type,
        String text,
        String value,
        Integer score,
        String stage,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String user,

        Long createdAt) {}
