package io.stageboard.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Searching the archived opportunities in the cache's full-text index: words as prefixes, every filter, the limit and
 * the total. Expected answers are computed here from the sandbox's own model.
 */
class ArchivedSearchTest {

    private static SandboxServer sandbox;
    private static LeverClient client;
    private static Database database;
    private static SyncService sync;
    private static List<SandboxModel.Opportunity> archived;

    @BeforeAll
    static void load() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(1_500).withSeed(5));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .build();
        database = Database.inMemory();
        sync = new SyncService(client, new OpportunityCache(database), "a", Runnable::run, Clock.systemUTC());
        sync.sync(false, new SyncListener() {
                    @Override
                    public void changed(List<Opportunity> opportunities) {}

                    @Override
                    public void removed(java.util.Collection<String> ids) {}
                })
                .join();
        archived = sandbox.data().opportunities().stream()
                .filter(o -> o.isArchived() && o.confidentiality().equals("non-confidential"))
                .toList();
    }

    @AfterAll
    static void close() {
        client.close();
        sandbox.close();
        database.close();
    }

    private static BoardQuery query(String posting, String tag, String source, String origin, String owner, String s) {
        return new BoardQuery(true, posting, tag, source, origin, owner, s);
    }

    private static Set<String> found(BoardQuery query) {
        ArchivedMatches matches = sync.archived(query, 100_000).join();
        assertThat(matches.total()).isEqualTo(matches.opportunities().size());
        return matches.opportunities().stream().map(Opportunity::id).collect(Collectors.toSet());
    }

    private static Set<String> expected(Predicate<SandboxModel.Opportunity> test) {
        return archived.stream().filter(test).map(SandboxModel.Opportunity::id).collect(Collectors.toSet());
    }

    /** The words of the search text as FTS5's unicode61 tokenizer sees them: lower case, no diacritics. */
    private static List<String> words(SandboxModel.Opportunity o) {
        String text = Stream.concat(Stream.of(o.name(), o.headline()), o.emails().stream())
                .filter(s -> s != null)
                .collect(Collectors.joining(" "));
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Arrays.stream(plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    @Test
    void everyWordOfTheSearchFindsTheStartOfAWord() {
        SandboxModel.Opportunity target = archived.stream()
                .filter(o -> o.name().matches("[A-Za-z]+ [A-Za-z]{4,}"))
                .findFirst()
                .orElseThrow();
        String[] name = target.name().toLowerCase(Locale.ROOT).split(" ");
        // "ada lov" for Ada Lovelace.
        String search = name[0] + " " + name[1].substring(0, 3);

        Set<String> found = found(query(null, null, null, null, null, search));

        assertThat(found).contains(target.id());
        assertThat(found)
                .isEqualTo(expected(o -> words(o).stream().anyMatch(w -> w.startsWith(name[0]))
                        && words(o).stream().anyMatch(w -> w.startsWith(name[1].substring(0, 3)))));
    }

    @Test
    void eachFilterKeepsExactlyTheArchivedOpportunitiesItNames() {
        SandboxModel.Opportunity sample = archived.stream()
                .filter(o -> !o.tags().isEmpty() && !o.sources().isEmpty() && o.postingId() != null)
                .findFirst()
                .orElseThrow();

        assertThat(found(query(null, sample.tags().get(0), null, null, null, "")))
                .isEqualTo(expected(o -> o.tags().contains(sample.tags().get(0))));
        assertThat(found(query(sample.postingId(), null, null, null, null, "")))
                .isEqualTo(expected(o -> sample.postingId().equals(o.postingId())));
        assertThat(found(query(null, null, sample.sources().get(0), null, null, "")))
                .isEqualTo(expected(o -> o.sources().contains(sample.sources().get(0))));
        assertThat(found(query(null, null, null, sample.origin(), null, "")))
                .isEqualTo(expected(o -> sample.origin().equals(o.origin())));
        assertThat(found(query(null, sample.tags().get(0), null, null, sample.owner(), "")))
                .isEqualTo(expected(o -> o.tags().contains(sample.tags().get(0))
                        && sample.owner().equals(o.owner())));
    }

    @Test
    void theLimitKeepsTheNewestAndTheTotalCountsThemAll() {
        ArchivedMatches matches = sync.archived(BoardQuery.ACTIVE, 7).join();

        List<String> newest = archived.stream()
                .sorted(Comparator.comparingLong(
                                (SandboxModel.Opportunity o) -> o.archived().archivedAt())
                        .reversed())
                .limit(7)
                .map(SandboxModel.Opportunity::id)
                .toList();
        assertThat(matches.total()).isEqualTo(archived.size());
        assertThat(matches.opportunities().stream().map(Opportunity::id).toList())
                .isEqualTo(newest);
    }

    @Test
    void whatTheUserTypesIsNeverReadAsQuerySyntax() {
        assertThat(found(query(null, null, null, null, null, "\"* OR NOT (a:")))
                .isEqualTo(expected(o -> Stream.of("or", "not", "a")
                        .allMatch(p -> words(o).stream().anyMatch(w -> w.startsWith(p)))));
    }
}
