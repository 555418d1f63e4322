package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds and/or removes tags (exact, case-sensitive strings). Adding goes first, so that a failure between the two
 * requests never leaves an opportunity with fewer tags than asked for; both requests are safe to repeat.
 *
 * @param add    tags to add, never null
 * @param remove tags to remove, never null
 */
public record ChangeTags(List<String> add, List<String> remove) implements WriteCommand {

    public ChangeTags {
        add = add == null ? List.of() : List.copyOf(add);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }

    /** Adds tags only. */
    public static ChangeTags adding(List<String> tags) {
        return new ChangeTags(tags, List.of());
    }

    /** Removes tags only. */
    public static ChangeTags removing(List<String> tags) {
        return new ChangeTags(List.of(), tags);
    }

    @Override
    public String kind() {
        return "tags";
    }

    @Override
    public String describe(String candidate) {
        return verb() + (add.isEmpty() ? " from " : remove.isEmpty() ? " to " : " on ") + candidate;
    }

    private String verb() {
        List<String> parts = new ArrayList<>();
        if (!add.isEmpty()) {
            parts.add("add " + WriteCommand.tagWords(add));
        }
        if (!remove.isEmpty()) {
            parts.add("remove " + WriteCommand.tagWords(remove));
        }
        String words = String.join(" and ", parts);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Override
    public Optional<String> unchangedReason(Snapshot current) {
        boolean hasAll = current.tags().containsAll(add);
        boolean hasNone = remove.stream().noneMatch(current.tags()::contains);
        if (!hasAll || !hasNone) {
            return Optional.empty();
        }
        return Optional.of(
                remove.isEmpty()
                        ? "Already tagged."
                        : add.isEmpty() ? "Did not have the tag." : "Already had these tags.");
    }

    @Override
    public int requestsPerItem() {
        return (add.isEmpty() ? 0 : 1) + (remove.isEmpty() ? 0 : 1);
    }

    @Override
    public WriteCommand forItem(String itemArgument) {
        return itemArgument == null ? this : Json.read(itemArgument, ChangeTags.class);
    }

    @Override
    public Written write(LeverClient client, String opportunityId, String performAs) {
        Opportunity result = null;
        if (!add.isEmpty()) {
            result = client.addTags(opportunityId, add, performAs);
        }
        if (!remove.isEmpty()) {
            result = client.removeTags(opportunityId, remove, performAs);
        }
        return Written.of(result);
    }

    /** The tags that a change from {@code before} to {@code after} added, among the ones this command adds. */
    public List<String> addedBetween(Snapshot before, Snapshot after) {
        return add.stream()
                .filter(t -> !before.tags().contains(t) && after.tags().contains(t))
                .toList();
    }

    /** The tags that a change from {@code before} to {@code after} removed, among the ones this command removes. */
    public List<String> removedBetween(Snapshot before, Snapshot after) {
        return remove.stream()
                .filter(t -> before.tags().contains(t) && !after.tags().contains(t))
                .toList();
    }
}
