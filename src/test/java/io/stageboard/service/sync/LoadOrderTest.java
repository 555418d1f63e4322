package io.stageboard.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A first load's order (the active board, then the reference lists, then archived in the background), where archived
 * opportunities live (the database, not the board's heap), deletion found in SQL, and the fixed cost of an
 * incremental sync, against the sandbox over HTTP.
 */
class LoadOrderTest {

    private final Executor direct = Runnable::run;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private SandboxServer sandbox(int size) throws Exception {
        SandboxServer sandbox =
                SandboxServer.start(SandboxOptions.defaults().withSize(size).withSeed(23));
        open.add(sandbox);
        return sandbox;
    }

    private LeverClient client(SandboxServer sandbox) {
        LeverClient client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .maxAttempts(2)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .build();
        open.add(client);
        return client;
    }

    private OpportunityCache cache() {
        Database database = Database.inMemory();
        open.add(database);
        return new OpportunityCache(database);
    }

    private static Set<String> visible(SandboxServer sandbox, boolean archived) {
        return sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential") && o.isArchived() == archived)
                .map(SandboxModel.Opportunity::id)
                .collect(Collectors.toSet());
    }

    @Test
    void theActiveBoardIsCompleteBeforeTheReferenceListsAndArchivedPagesFollowThem() throws Exception {
        SandboxServer sandbox = sandbox(1_200);
        SyncService sync = new SyncService(client(sandbox), cache(), "a", direct, Clock.systemUTC());
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<Opportunity> firstPage = new ArrayList<>();

        sync.sync(false, new SyncListener() {
                    @Override
                    public void reference(PipelineReference reference) {
                        events.add(reference.users().isEmpty() ? "stages" : "reference");
                    }

                    @Override
                    public void changed(List<Opportunity> opportunities) {
                        if (firstPage.isEmpty()) {
                            firstPage.addAll(opportunities);
                        }
                        events.add(opportunities.stream().anyMatch(Opportunity::isArchived) ? "archived" : "active");
                    }

                    @Override
                    public void removed(Collection<String> ids) {}

                    @Override
                    public void activeComplete() {
                        events.add("complete");
                    }

                    @Override
                    public void archivedProgress(ArchivedProgress progress) {
                        events.add(progress.complete() ? "all archived" : "archived page");
                    }
                })
                .join();

        assertThat(firstPage).isNotEmpty().noneMatch(Opportunity::isArchived);
        List<String> order = events.stream().distinct().toList();
        assertThat(order).containsExactly("stages", "active", "complete", "reference", "archived page", "all archived");
        assertThat(events).doesNotContain("archived");
        assertThat(events.lastIndexOf("active")).isLessThan(events.indexOf("complete"));
    }

    @Test
    void theHeapGetsActiveOpportunitiesAndTheDatabaseKeepsArchivedOnes() throws Exception {
        SandboxServer sandbox = sandbox(600);
        SyncService sync = new SyncService(client(sandbox), cache(), "a", direct, Clock.systemUTC());
        sync.sync(false, ignoring()).join();

        CachedPipeline cached = sync.loadCached().join().orElseThrow();
        assertThat(cached.opportunities().stream().map(Opportunity::id).collect(Collectors.toSet()))
                .isEqualTo(visible(sandbox, false));
        assertThat(sync.archivedProgress().join())
                .isEqualTo(new ArchivedProgress(visible(sandbox, true).size(), true));
        assertThat(sync.archived(BoardQuery.ACTIVE, 10_000).join().opportunities().stream()
                        .map(Opportunity::id)
                        .collect(Collectors.toSet()))
                .isEqualTo(visible(sandbox, true));
    }

    @Test
    void archivingAndUnarchivingMoveAnOpportunityBetweenTheStores() throws Exception {
        SandboxServer sandbox = sandbox(300);
        SyncService sync = new SyncService(client(sandbox), cache(), "a", direct, Clock.systemUTC());
        sync.sync(false, ignoring()).join();
        String user = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
        String reason = sandbox.data().archiveReasons().stream()
                .filter(r -> "active".equals(r.status()))
                .findFirst()
                .orElseThrow()
                .id();
        String goingToArchive = visible(sandbox, false).iterator().next();
        String comingBack = visible(sandbox, true).iterator().next();
        sandbox.data().setArchived(goingToArchive, reason, user);
        sandbox.data().setArchived(comingBack, null, user);

        sync.sync(false, ignoring()).join();

        Set<String> active = sync.loadCached().join().orElseThrow().opportunities().stream()
                .map(Opportunity::id)
                .collect(Collectors.toSet());
        Set<String> archived = sync.archived(BoardQuery.ACTIVE, 10_000).join().opportunities().stream()
                .map(Opportunity::id)
                .collect(Collectors.toSet());
        assertThat(active).contains(comingBack).doesNotContain(goingToArchive);
        assertThat(archived).contains(goingToArchive).doesNotContain(comingBack);
        assertThat(active).isEqualTo(visible(sandbox, false));
        assertThat(archived).isEqualTo(visible(sandbox, true));
    }

    @Test
    void aFullPassRemovesWhatLeverNoLongerListsInSql() throws Exception {
        SandboxServer sandbox = sandbox(200);
        OpportunityCache cache = cache();
        // Left by an earlier, unfinished pass: one active and one archived opportunity Lever no longer has.
        cache.putOpportunities(
                "a",
                List.of(
                        new OpportunityCache.Row("gone-active", "{\"id\":\"gone-active\"}"),
                        new OpportunityCache.Row(
                                "gone-archived",
                                "{\"id\":\"gone-archived\",\"archived\":{\"archivedAt\":1}}",
                                new OpportunityCache.ArchivedFields(
                                        1, "zzqxv placeholder", null, List.of(), List.of(), null, null))));
        SyncService sync = new SyncService(client(sandbox), cache, "a", direct, Clock.systemUTC());
        List<String> removed = new ArrayList<>();

        SyncResult result = sync.sync(false, new SyncListener() {
                    @Override
                    public void changed(List<Opportunity> opportunities) {}

                    @Override
                    public void removed(Collection<String> ids) {
                        removed.addAll(ids);
                    }
                })
                .join();

        assertThat(removed).containsExactly("gone-active");
        assertThat(result.removed()).isEqualTo(2);
        assertThat(cache.findArchived(
                                "a", new OpportunityCache.ArchivedFilter("zzqxv", null, null, null, null, null), 10)
                        .total())
                .isZero();
        assertThat(sync.archivedProgress().join().loaded())
                .isEqualTo(visible(sandbox, true).size());
    }

    @Test
    void anIncrementalSyncWithNothingChangedCostsThreeRequestsWhateverTheSize() throws Exception {
        for (int size : List.of(300, 6_000)) {
            SandboxServer sandbox = sandbox(size);
            SyncService sync = new SyncService(client(sandbox), cache(), "a", direct, Clock.systemUTC());
            sync.sync(false, ignoring()).join();
            sandbox.stats().reset();

            sync.sync(false, ignoring()).join();

            assertThat(sandbox.stats().requests())
                    .as("changes, deletions and tags at size " + size)
                    .isEqualTo(3);
        }
    }

    private static SyncListener ignoring() {
        return new SyncListener() {
            @Override
            public void changed(List<Opportunity> opportunities) {}

            @Override
            public void removed(Collection<String> ids) {}
        };
    }
}
