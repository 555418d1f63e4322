package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * One candidacy of a person in the pipeline. References Lever may expand ({@code stage}, {@code owner},
 * {@code sourcedBy}, {@code followers}) are always ids here.
 *
 * @param id opportunity id
 * @param name contact's full name
 * @param headline previous companies and schools
 * @param contact contact (person) id
 * @param emails never null
 * @param phones never null
 * @param location contact location
 * @param links never null
 * @param stage current stage id
 * @param stageChanges full stage history, never null
 * @param confidentiality {@code non-confidential} or {@code confidential}
 * @param origin e.g. {@code applied}, {@code sourced}
 * @param sources never null
 * @param sourcedBy user id
 * @param owner user id
 * @param followers user ids, never null
 * @param tags case-sensitive tags, never null
 * @param applications at most one application, never null; its posting is known with {@code expand=applications}
 * @param archived null for an active opportunity
 * @param createdAt ms since the epoch
 * @param updatedAt ms since the epoch; null on old records
 * @param lastInteractionAt ms since the epoch
 * @param lastAdvancedAt when it entered its current stage
 * @param snoozedUntil ms since the epoch, or null
 * @param urls links into Lever ({@code list}, {@code show}), never null
 * @param isAnonymized whether the contact was anonymized
 * @param opportunityLocation the posting location chosen, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Opportunity(
        String id,
        String name,
        String headline,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String contact,

        List<String> emails,
        List<Phone> phones,
        String location,
        List<String> links,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String stage,

        List<StageChange> stageChanges,
        String confidentiality,
        String origin,
        List<String> sources,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String sourcedBy,

        @JsonDeserialize(using = LenientIdDeserializer.class)
        String owner,

        @JsonDeserialize(contentUsing = LenientIdDeserializer.class)
        List<String> followers,

        List<String> tags,
        List<Application> applications,
        Archived archived,
        Long createdAt,
        Long updatedAt,
        Long lastInteractionAt,
        Long lastAdvancedAt,
        Long snoozedUntil,
        Map<String, String> urls,
        @JsonProperty("isAnonymized") boolean isAnonymized,
        String opportunityLocation) {

    /** Replaces missing lists and maps with empty ones. */
    public Opportunity {
        emails = Lists.of(emails);
        phones = Lists.of(phones);
        links = Lists.of(links);
        stageChanges = Lists.of(stageChanges);
        sources = Lists.of(sources);
        followers = Lists.of(followers);
        tags = Lists.of(tags);
        applications = Lists.of(applications);
        urls = Lists.of(urls);
    }

    /** @return the posting this opportunity is for, when the list was fetched with {@code expand=applications} */
    public String postingId() {
        // A plain loop: the board asks this of every opportunity it loads, several times.
        for (Application application : applications) {
            if (application.posting() != null) {
                return application.posting();
            }
        }
        return null;
    }

    /** @return true when the opportunity is archived (including hired) */
    public boolean isArchived() {
        return archived != null;
    }

    /** This opportunity with other tags, as a tag write leaves it. */
    public Opportunity withTags(List<String> newTags) {
        return copy(newTags, lastAdvancedAt);
    }

    /** This opportunity as if it had entered its current stage at {@code at} (epoch millis). */
    public Opportunity withLastAdvancedAt(long at) {
        return copy(tags, at);
    }

    // The one full copy, so that each "with" names only what it changes.
    private Opportunity copy(List<String> newTags, Long newLastAdvancedAt) {
        return new Opportunity(
                id,
                name,
                headline,
                contact,
                emails,
                phones,
                location,
                links,
                stage,
                stageChanges,
                confidentiality,
                origin,
                sources,
                sourcedBy,
                owner,
                followers,
                newTags,
                applications,
                archived,
                createdAt,
                updatedAt,
                lastInteractionAt,
                newLastAdvancedAt,
                snoozedUntil,
                urls,
                isAnonymized,
                opportunityLocation);
    }
}
