package io.stageboard.service.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Tag;
import io.stageboard.store.OpportunityCache;
import io.stageboard.store.StoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Tags deleted in Lever's settings page. Lever then removes the tag from every opportunity, and whether that changes
 * their {@code updatedAt} is unconfirmed (the reference, §5), so an incremental sync may never read those
 * opportunities again: the cache is reconciled against {@code GET /tags} instead.
 */
final class DeletedTags {

    private static final ObjectReader TREE = CacheJson.reader(ObjectNode.class);
    private static final ObjectReader OPPORTUNITY = CacheJson.reader(Opportunity.class);

    private DeletedTags() {}

    /**
     * The tags the cache listed that Lever no longer lists. An empty new list says nothing (a key that may not read
     * tags gets one), so it deletes nothing.
     */
    static List<String> between(List<Tag> cached, List<Tag> now) {
        if (now.isEmpty()) {
            return List.of();
        }
        Set<String> listed = Set.copyOf(now.stream().map(Tag::text).toList());
        return cached.stream()
                .map(Tag::text)
                .filter(t -> !listed.contains(t))
                .distinct()
                .toList();
    }

    /**
     * Removes the tags from every cached opportunity that carries one, but not from those just read from Lever
     * (their tags are Lever's own), and saves them. Their {@code updatedAt} is kept: Lever's is unknown.
     *
     * @param fresh ids of the opportunities this sync read from Lever
     * @return the opportunities changed, as now cached
     */
    static List<Opportunity> strip(OpportunityCache cache, String account, Collection<String> tags, Set<String> fresh) {
        List<OpportunityCache.Row> rows = new ArrayList<>();
        List<Opportunity> changed = new ArrayList<>();
        for (String json : cache.opportunities(account)) {
            ObjectNode node = read(TREE, json);
            JsonNode carried = node.path("tags");
            if (fresh.contains(node.path("id").asText()) || !carried.isArray()) {
                continue;
            }
            ArrayNode kept = node.arrayNode();
            carried.forEach(t -> {
                if (!tags.contains(t.asText())) {
                    kept.add(t);
                }
            });
            if (kept.size() == carried.size()) {
                continue;
            }
            node.set("tags", kept);
            String updated = node.toString();
            rows.add(new OpportunityCache.Row(node.path("id").asText(), updated));
            changed.add(read(OPPORTUNITY, updated));
        }
        cache.putOpportunities(account, rows);
        return changed;
    }

    private static <T> T read(ObjectReader reader, String json) {
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw new StoreException(
                    "The local cache holds a damaged opportunity; it will be loaded from Lever" + " again.", e);
        }
    }
}
