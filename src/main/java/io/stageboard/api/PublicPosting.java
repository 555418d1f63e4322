package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A posting as the public Postings API ({@code /v0/postings/<site>}) shows it to candidates: published postings
 * only, with no owner, state or other internal field. Independent of {@link Posting}, whose shape differs.
 *
 * @param id posting id (the same id the Lever API uses)
 * @param text title
 * @param categories location, commitment, team, department; never null
 * @param country ISO-2 country code, or null
 * @param descriptionPlain the description as plain text, or null
 * @param hostedUrl the posting's page on the job site
 * @param applyUrl the application form on the job site
 * @param workplaceType {@code unspecified}, {@code on-site}, {@code remote} or {@code hybrid}
 * @param createdAt ms since the epoch, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicPosting(
        String id,
        String text,
        Categories categories,
        String country,
        String descriptionPlain,
        String hostedUrl,
        String applyUrl,
        String workplaceType,
        Long createdAt) {

    /** Replaces missing categories with empty ones. */
    public PublicPosting {
        categories = categories == null ? new Categories(null, null, null, null, List.of()) : categories;
    }

    /**
     * The public categories of a posting.
     *
     * @param location primary location
     * @param commitment e.g. Full-time
     * @param team team
     * @param department department
     * @param allLocations every location, never null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Categories(
            String location, String commitment, String team, String department, List<String> allLocations) {

        /** Replaces a missing list with an empty one. */
        public Categories {
            allLocations = Lists.of(allLocations);
        }
    }
}
