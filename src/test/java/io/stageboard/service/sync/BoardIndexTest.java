package io.stageboard.service.sync;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory index answers every board query exactly as the plain predicate does. */
class BoardIndexTest {

    private static List<Opportunity> opportunities;

    @BeforeAll
    static void load() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(600).withSeed(3));
             LeverClient client = LeverClient.builder().baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey())
                     .rateLimit(1000, 1000).build()) {
            opportunities = client.opportunities(OpportunityQuery.builder().expand("applications").build())
                    .fetchAll();
        }
    }

    @AfterAll
    static void forget() {
        opportunities = null;
    }

    private static Set<String> plain(List<Opportunity> all, BoardQuery query) {
        return all.stream().filter(query::test).map(Opportunity::id).collect(Collectors.toSet());
    }

    private static List<BoardQuery> queries(List<Opportunity> all) {
        Opportunity a = all.get(0);
        Opportunity b = all.stream().filter(o -> !o.tags().isEmpty() && o.postingId() != null).findFirst()
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
    void everyQueryGivesTheSameOpportunitiesAsThePlainPredicate() {
        BoardIndex index = new BoardIndex();
        index.putAll(opportunities);

        for (BoardQuery query : queries(opportunities)) {
            assertThat(index.match(query).ids()).as(query.toString()).isEqualTo(plain(opportunities, query));
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
        changed.set(5, withTags(x, y.tags()));
        changed.set(6, withTags(y, x.tags()));
        index.put(changed.get(5));
        index.put(changed.get(6));
        List<String> removed = changed.stream().limit(60).map(Opportunity::id).toList();
        index.removeAll(removed);
        List<Opportunity> remaining = changed.stream().skip(60).toList();

        for (int i = 0; i < queries.size(); i++) {
            Set<String> expected = plain(remaining, queries.get(i));
            assertThat(index.match(queries.get(i)).ids()).as("fresh " + queries.get(i)).isEqualTo(expected);
            assertThat(before.get(i).ids()).as("earlier " + queries.get(i)).isEqualTo(expected);
        }
    }

    private static Opportunity withTags(Opportunity o, List<String> tags) {
        return new Opportunity(o.id(), o.name(), o.headline(), o.contact(), o.emails(), o.phones(), o.location(),
                o.links(), o.stage(), o.stageChanges(), o.confidentiality(), o.origin(), o.sources(), o.sourcedBy(),
                o.owner(), o.followers(), tags, o.applications(), o.archived(), o.createdAt(), o.updatedAt(),
                o.lastInteractionAt(), o.lastAdvancedAt(), o.snoozedUntil(), o.urls(), o.isAnonymized(),
                o.opportunityLocation());
    }
}
