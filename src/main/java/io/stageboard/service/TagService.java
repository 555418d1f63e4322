package io.stageboard.service;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Tag;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Tags on one opportunity. Lever has no tag update, so a rename adds the new tag first and removes the old one
 * second: a failure in between leaves both tags, never neither.
 */
public final class TagService {

    private final LeverClient client;
    private final Executor background;
    private final String performAs;

    /**
     * @param client     the Lever client of the current workspace
     * @param background where requests run; never the FX thread
     * @param performAs  the Lever user id the changes are recorded as, or null for the API key's default
     */
    public TagService(LeverClient client, Executor background, String performAs) {
        this.client = client;
        this.background = background;
        this.performAs = performAs;
    }

    /** Reads the account's tags with their counts, sorted by text. */
    public CompletableFuture<List<Tag>> accountTags() {
        return CompletableFuture.supplyAsync(() -> client.tags().stream()
                .sorted(Comparator.comparing(Tag::text, String.CASE_INSENSITIVE_ORDER)).toList(), background);
    }

    /** Adds a tag (created in the account if new); completes with the updated opportunity. */
    public CompletableFuture<Opportunity> add(String opportunityId, String tag) {
        return CompletableFuture.supplyAsync(() -> client.addTags(opportunityId, List.of(tag), performAs),
                background);
    }

    /** Removes a tag; completes with the updated opportunity. */
    public CompletableFuture<Opportunity> remove(String opportunityId, String tag) {
        return CompletableFuture.supplyAsync(() -> client.removeTags(opportunityId, List.of(tag), performAs),
                background);
    }

    /**
     * Renames a tag on one opportunity: adds {@code to}, then removes {@code from}. When adding fails the future
     * fails and nothing changed; when removing fails the future succeeds with a {@link TagRename} carrying the
     * reason, and the opportunity has both tags.
     */
    public CompletableFuture<TagRename> rename(String opportunityId, String from, String to) {
        return CompletableFuture.supplyAsync(() -> renameNow(client, opportunityId, from, to, performAs), background);
    }

    /** The blocking rename, shared with the tag library's rename across opportunities. */
    static TagRename renameNow(LeverClient client, String opportunityId, String from, String to, String performAs) {
        Opportunity added = client.addTags(opportunityId, List.of(to), performAs);
        try {
            return new TagRename(client.removeTags(opportunityId, List.of(from), performAs), null);
        } catch (LeverException e) {
            return new TagRename(added, e);
        }
    }
}
