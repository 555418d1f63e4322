package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An opportunity's application: how the candidate came to a posting. Lever sends only its id unless the opportunity
 * list asks for {@code expand=applications}; then {@code posting} tells which posting the opportunity is for.
 *
 * @param id                   application id
 * @param type                 {@code posting}, {@code user} or {@code referral}; null when only the id was sent
 * @param posting              the posting id, or null
 * @param postingOwner         the posting owner's user id, or null
 * @param postingHiringManager the posting hiring manager's user id, or null
 * @param createdAt            ms since the epoch, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Application(
        String id,
        String type,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String posting,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String postingOwner,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String postingHiringManager,

        Long createdAt) {

    /** An application Lever sent as a bare id (not expanded). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Application ofId(String id) {
        return new Application(id, null, null, null, null, null);
    }
}
