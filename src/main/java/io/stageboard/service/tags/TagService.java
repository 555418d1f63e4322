package io.stageboard.service.tags;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Tag;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.ChangeTags;
import io.stageboard.service.outbox.ItemOutcome;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.SingleWrites;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Tags on one opportunity, each change a one-item job of the outbox. Lever has no tag update, so a rename is one
 * change that adds the new tag first and removes the old one second: a failure in between leaves both tags, never
 * neither.
 */
public final class TagService {

    private final LeverClient client;
    private final OutboxWorker worker;
    private final Executor background;

    /**
     * @param client     for reads (the account's tags, the opportunity before a change)
     * @param worker     the write engine, with the app's outbox
     * @param background where requests run; never the FX thread
     */
    public TagService(LeverClient client, OutboxWorker worker, Executor background) {
        this.client = client;
        this.worker = worker;
        this.background = background;
    }

    /** Reads the account's tags with their counts, sorted by text. */
    public CompletableFuture<List<Tag>> accountTags() {
        return CompletableFuture.supplyAsync(
                () -> client.tags().stream()
                        .sorted(Comparator.comparing(Tag::text, String.CASE_INSENSITIVE_ORDER))
                        .toList(),
                background);
    }

    /** Adds a tag (created in the account if new); completes with the updated opportunity. */
    public CompletableFuture<Opportunity> add(String opportunityId, String tag) {
        return change(opportunityId, ChangeTags.adding(List.of(tag)));
    }

    /** Removes a tag; completes with the updated opportunity. */
    public CompletableFuture<Opportunity> remove(String opportunityId, String tag) {
        return change(opportunityId, ChangeTags.removing(List.of(tag)));
    }

    private CompletableFuture<Opportunity> change(String opportunityId, ChangeTags command) {
        // Read first: the journal records the candidate's name and the tags before the change.
        return CompletableFuture.supplyAsync(
                () -> SingleWrites.write(worker, command, client.opportunity(opportunityId)), background);
    }

    /**
     * Renames a tag on one opportunity: one outbox item that adds {@code to}, then removes {@code from}. When adding
     * fails the future fails and nothing changed; when removing fails the future succeeds with a {@link TagRename}
     * carrying the reason, and the opportunity has both tags.
     */
    public CompletableFuture<TagRename> rename(String opportunityId, String from, String to) {
        return CompletableFuture.supplyAsync(
                () -> {
                    Opportunity current = client.opportunity(opportunityId);
                    List<ItemOutcome> heard = SingleWrites.run(
                            worker, new ChangeTags(List.of(to), List.of(from)), List.of(BulkTarget.of(current)), null);
                    if (heard.isEmpty()) {
                        return new TagRename(current, null);
                    }
                    ItemOutcome outcome = heard.get(0);
                    if (outcome.error() == null) {
                        return new TagRename(SingleWrites.answer(outcome, current), null);
                    }
                    // One item, two requests: only Lever can say whether the add went through before the failure.
                    Opportunity now = client.opportunity(opportunityId);
                    if (!now.tags().contains(to)) {
                        throw outcome.error();
                    }
                    return new TagRename(now, outcome.error());
                },
                background);
    }
}
