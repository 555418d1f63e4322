package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * A job posting, in any state.
 *
 * @param id posting id
 * @param text title
 * @param state {@code published}, {@code internal}, {@code closed}, {@code draft}, {@code pending} or {@code rejected}
 * @param owner owner user id (an expanded user is reduced to its id)
 * @param hiringManager hiring manager user id
 * @param user creator user id, or null
 * @param confidentiality {@code non-confidential} or {@code confidential}
 * @param categories team, department, location …, or null
 * @param tags tags, never null
 * @param distributionChannels {@code public} / {@code internal}, never null
 * @param workplaceType {@code unspecified}, {@code on-site}, {@code remote} or {@code hybrid}
 * @param createdAt ms since the epoch
 * @param updatedAt ms since the epoch, or null
 * @param urls links into Lever ({@code list}, {@code show}, {@code apply}), never null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Posting(
        String id,
        String text,
        String state,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String owner,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String hiringManager,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String user,

        String confidentiality,
        Categories categories,
        List<String> tags,
        List<String> distributionChannels,
        String workplaceType,
        Long createdAt,
        Long updatedAt,
        Map<String, String> urls) {

    /** Replaces missing lists and maps with empty ones. */
    public Posting {
        tags = Lists.of(tags);
        distributionChannels = Lists.of(distributionChannels);
        urls = Lists.of(urls);
    }
}
