package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A note on an opportunity. Lever cannot edit notes: delete and re-create instead.
 *
 * @param id note id
 * @param text a label ("Note"), not the note's text; see {@link #body()}
 * @param secret whether only the author, mentioned users and admins see it
 * @param user author user id, or null
 * @param createdAt ms since the epoch
 * @param completedAt ms since the epoch, or null
 * @param deletedAt ms since the epoch, or null
 * @param fields the entries holding the text, never null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Note(
        String id,
        String text,
        boolean secret,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String user,

        Long createdAt,
        Long completedAt,
        Long deletedAt,
        List<NoteField> fields) {

    /** Replaces a missing field list with an empty one. */
    public Note {
        fields = Lists.of(fields);
    }

    /** @return the note's text: the fields' values joined by a blank line (never the {@code text} label) */
    public String body() {
        return fields.stream()
                .filter(Objects::nonNull)
                .map(NoteField::value)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n\n"));
    }

    /** @return the first rating among the fields, or null when the note has none */
    public Integer score() {
        return fields.stream()
                .filter(Objects::nonNull)
                .map(NoteField::score)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
