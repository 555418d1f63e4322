package io.stageboard.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index answers every board query as the sandbox's own data says: the expected ids are found here by
 * hand in the sandbox's model, not with {@link BoardQuery#test}.
 */
class BoardIndexTest {

    private static List<Opportunity> opportunities;
    private static Map<String, Seen> onLever;

    /** What the filter bar looks at, as the sandbox holds it. */
    private record Seen(
            String id,
            boolean archived,
            String postingId,
            List<String> tags,
            List<String> sources,
            String origin,
            String owner,
            String text) {

        static Seen of(SandboxModel.Opportunity o) {
            String text =
                    (o.name() + "\n" + o.headline() + "\n" + String.join("\n", o.emails())).toLowerCase(Locale.ROOT);
            return new Seen(o.id(), o.isArchived(), o.postingId(), o.tags(), o.sources(), o.origin(), o.owner(), text);
        }

        Seen withTags(List<String> other) {
            return new Seen(id, archived, postingId, other, sources, origin, owner, text);
        }
    }

    @BeforeAll
    static void load() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(
                        SandboxOptions.defaults().withSize(600).withSeed(3));
                LeverClient client = LeverClient.builder()
                        .baseUrl(sandbox.baseUrl())
                        .apiKey(sandbox.apiKey())
                        .rateLimit(1000, 1000)
                        .build()) {
            opportunities = client.opportunities(
                            OpportunityQuery.builder().expand("applications").build())
                    .fetchAll();
            // Lever leaves confidential opportunities out unless asked for them.
            onLever = sandbox.data().opportunities().stream()
                    .filter(o -> o.confidentiality().equals("non-confidential"))
                    .collect(Collectors.toMap(SandboxModel.Opportunity::id, Seen::of));
        }
    }

    @AfterAll
    static void forget() {
        opportunities = null;
        onLever = null;
    }

    /** The ids that pass the query, found by reading each filter off the sandbox's data. */
    private static Set<String> byHand(Collection<Seen> all, BoardQuery q) {
        String search = q.search();
        return all.stream()
                .filter(o -> q.showArchived() || !o.archived())
                .filter(o -> q.postingId() == null || q.postingId().equals(o.postingId()))
                .filter(o -> q.tag() == null || o.tags().contains(q.tag()))
                .filter(o -> q.source() == null || o.sources().contains(q.source()))
                .filter(o -> q.origin() == null || q.origin().equals(o.origin()))
                .filter(o -> q.ownerId() == null || q.ownerId().equals(o.owner()))
                .filter(o -> search.isEmpty() || o.text().contains(search))
                .map(Seen::id)
                .collect(Collectors.toSet());
    }

    private static List<BoardQuery> queries(List<Opportunity> all) {
        Opportunity a = all.get(0);
        Opportunity b = all.stream()
                .filter(o -> !o.tags().isEmpty() && o.postingId() != null)
                .findFirst()
                .orElseThrow();
        String firstName = b.name().split(" ")[0];
        return List.of(
                BoardQuery.ACTIVE,
                new BoardQuery(true, null, null, null, null, null, ""),
                new BoardQuery(false, b.postingId(), null, null, null, null, ""),
                new BoardQuery(true, null, b.tags().get(0), null, null, null, ""),
                new BoardQuery(false, null, b.tags().get(0).toLowerCase(), null, null, null, ""),
                new BoardQuery(false, null, null, a.sources().get(0), a.origin(), null, ""),
                new BoardQuery(false, null, null, null, null, a.owner(), ""),
                new BoardQuery(false, null, null, null, null, null, firstName.toUpperCase()),
                new BoardQuery(true, null, null, null, null, null, "@"),
                new BoardQuery(true, b.postingId(), b.tags().get(0), null, null, b.owner(), firstName),
                new BoardQuery(false, null, "no such tag", null, null, null, ""),
                new BoardQuery(false, null, null, null, null, null, "zzzz-nobody"));
    }

    @Test
    void everyQueryGivesTheOpportunitiesTheSandboxDataSays() {
        BoardIndex index = new BoardIndex();
        index.putAll(opportunities);

        assertThat(opportunities).hasSize(onLever.size());
        for (BoardQuery query : queries(opportunities)) {
            assertThat(index.match(query).ids()).as(query.toString()).isEqualTo(byHand(onLever.values(), query));
        }
    }

    @Test
    void answersStayRightAfterReplacementsAndRemovals() {
        BoardIndex index = new BoardIndex();
        index.putAll(opportunities);
        List<BoardQuery> queries = queries(opportunities);
        List<BoardIndex.Matches> before = queries.stream().map(index::match).toList();
        // Swap the tags of two opportunities around and remove a tenth of them.
        List<Opportunity> changed = new ArrayList<>(opportunities);
        Opportunity x = changed.get(5);
        Opportunity y = changed.get(6);
        changed.set(5, x.withTags(y.tags()));
        changed.set(6, y.withTags(x.tags()));
        index.put(changed.get(5));
        index.put(changed.get(6));
        List<String> removed = changed.stream().limit(60).map(Opportunity::id).toList();
        index.removeAll(removed);
        Map<String, Seen> remaining = new HashMap<>(onLever);
        remaining.put(x.id(), onLever.get(x.id()).withTags(onLever.get(y.id()).tags()));
        remaining.put(y.id(), onLever.get(y.id()).withTags(onLever.get(x.id()).tags()));
        removed.forEach(remaining::remove);

        for (int i = 0; i < queries.size(); i++) {
            Set<String> expected = byHand(remaining.values(), queries.get(i));
            assertThat(index.match(queries.get(i)).ids())
                    .as("fresh " + queries.get(i))
                    .isEqualTo(expected);
            assertThat(before.get(i).ids()).as("earlier " + queries.get(i)).isEqualTo(expected);
        }
    }

    @Test
    void aSlotAnswersForTheOpportunityTheIndexNowKeepsThere() {
        BoardIndex index = new BoardIndex();
        index.putAll(opportunities);
        List<BoardQuery> queries = queries(opportunities);
        List<BoardIndex.Matches> before = queries.stream().map(index::match).toList();
        // Remove some, then add one that may take a freed slot, and change the tags of another.
        List<String> removed =
                opportunities.stream().limit(30).map(Opportunity::id).toList();
        index.removeAll(removed);
        Opportunity back = opportunities.get(3);
        index.put(back);
        Opportunity x = opportunities.get(40);
        index.put(x.withTags(List.of("Slot test")));
        Map<String, Seen> remaining = new HashMap<>(onLever);
        removed.forEach(remaining::remove);
        remaining.put(back.id(), onLever.get(back.id()));
        remaining.put(x.id(), onLever.get(x.id()).withTags(List.of("Slot test")));

        for (int i = 0; i < queries.size(); i++) {
            Set<String> expected = byHand(remaining.values(), queries.get(i));
            for (Seen seen : onLever.values()) {
                int slot = index.slotOf(seen.id());
                if (slot >= 0) {
                    assertThat(before.get(i).contains(slot))
                            .as(seen.id() + " under " + queries.get(i))
                            .isEqualTo(expected.contains(seen.id()));
                }
            }
            for (String id : removed) {
                assertThat(index.slotOf(id) >= 0).isEqualTo(id.equals(back.id()));
            }
        }
        assertThat(before.get(0).contains(-1)).isFalse();
        assertThat(before.get(0).contains(1_000_000)).isFalse();
    }
}
