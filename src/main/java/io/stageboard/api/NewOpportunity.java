package io.stageboard.api;

import java.util.List;

/**
 * A candidate to create in Lever ({@code POST /opportunities}). Every field but the name may be empty; lists are
 * never null. Unknown tags and sources are created by Lever.
 *
 * @param name      the candidate's full name
 * @param headline  previous companies and schools, or ""
 * @param location  where the candidate is, or ""
 * @param emails    email addresses; Lever matches an existing contact by these
 * @param phones    phone numbers
 * @param links     links to profiles
 * @param tags      tags to add
 * @param sources   sources to record
 * @param origin    {@code sourced}, {@code applied}, {@code referred}, … or null for Lever's default
 * @param owner     the owner's user id, or null for the acting user
 * @param postingId the posting to apply to, or null
 * @param stageId   the first stage, or null for New Lead
 */
public record NewOpportunity(
        String name,
        String headline,
        String location,
        List<String> emails,
        List<Phone> phones,
        List<String> links,
        List<String> tags,
        List<String> sources,
        String origin,
        String owner,
        String postingId,
        String stageId) {

    public NewOpportunity {
        emails = Lists.of(emails);
        phones = Lists.of(phones);
        links = Lists.of(links);
        tags = Lists.of(tags);
        sources = Lists.of(sources);
    }

    /** A candidate with only a name and tags, such as the placeholder that keeps tags in Lever's list. */
    public static NewOpportunity named(String name, List<String> tags) {
        return new NewOpportunity(
                name, "", "", List.of(), List.of(), List.of(), tags, List.of(), null, null, null, null);
    }
}
