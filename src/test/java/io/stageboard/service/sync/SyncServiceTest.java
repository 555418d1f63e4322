package io.stageboard.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local cache and its sync against the sandbox over HTTP. */
class SyncServiceTest {

    private final Executor direct = Runnable::run;
    private SandboxServer sandbox;
    private LeverClient client;
    private Database database;
    private OpportunityCache cache;
    private SyncService sync;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(450).withSeed(11));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .maxAttempts(2)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .build();
        database = Database.inMemory();
        cache = new OpportunityCache(database);
        sync = new SyncService(client, cache, "acct-1", direct, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
        database.close();
    }

    /** Every opportunity the key sees, as the client reads it with applications expanded. */
    private Map<String, Opportunity> onLever() {
        return client
                .opportunities(OpportunityQuery.builder().expand("applications").build())
                .fetchAll()
                .stream()
                .collect(Collectors.toMap(Opportunity::id, Function.identity()));
    }

    /** Everything cached: the active opportunities loadCached reads, and the archived ones in the database. */
    private Map<String, Opportunity> cached() {
        List<Opportunity> all =
                new ArrayList<>(sync.loadCached().join().orElseThrow().opportunities());
        all.addAll(sync.archived(BoardQuery.ACTIVE, Integer.MAX_VALUE).join().opportunities());
        return all.stream().collect(Collectors.toMap(Opportunity::id, Function.identity()));
    }

    @Test
    void aNewCacheGetsOneFullPassThatDeliversEveryActiveOpportunityExactlyOnceAndCachesTheRest() {
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        SyncResult result =
                sync.sync(false, collecting(delivered, new ArrayList<>())).join();

        Map<String, Opportunity> visible = onLever();
        assertThat(result.fullPass()).isTrue();
        assertThat(delivered).as("no opportunity twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(delivered))
                .isEqualTo(visible.values().stream()
                        .filter(o -> !o.isArchived())
                        .map(Opportunity::id)
                        .collect(Collectors.toSet()));
        assertThat(result.changed()).isEqualTo(visible.size());
        assertThat(cached().keySet()).isEqualTo(visible.keySet());
    }

    @Test
    void theFullPassPicksUpOldRecordsWithoutUpdatedAt() {
        sync.sync(false, collecting(new ArrayList<>(), new ArrayList<>())).join();

        Set<String> withoutUpdatedAt = sandbox.data().opportunities().stream()
                .filter(o -> o.updatedAt() == null && o.confidentiality().equals("non-confidential"))
                .map(SandboxModel.Opportunity::id)
                .collect(Collectors.toSet());
        assertThat(withoutUpdatedAt).as("the seed has such records").isNotEmpty();
        assertThat(cached().keySet()).containsAll(withoutUpdatedAt);
    }

    @Test
    void theCacheRoundTripsEveryRecordAndKeepsAccountsApart() {
        sync.sync(false, collecting(new ArrayList<>(), new ArrayList<>())).join();
        SyncService other = new SyncService(client, cache, "acct-2", direct, Clock.systemUTC());

        CachedPipeline loaded = sync.loadCached().join().orElseThrow();
        assertThat(cached()).isEqualTo(onLever());
        assertThat(loaded.reference())
                .isEqualTo(new PipelineService(client, direct).loadReference().join());
        assertThat(loaded.syncedAt().isPresent()).isTrue();
        assertThat(other.loadCached().join()).isEqualTo(Optional.empty());
    }

    @Test
    void anIncrementalSyncFetchesOnlyWhatChangedAndAppliesMovesTagsArchivesAndDeletions() {
        sync.sync(false, collecting(new ArrayList<>(), new ArrayList<>())).join();
        List<SandboxModel.Opportunity> active = sandbox.data().opportunities().stream()
                .filter(o -> !o.isArchived() && o.confidentiality().equals("non-confidential"))
                .toList();
        String someone = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
        SandboxModel.Opportunity moved = active.get(0);
        SandboxModel.Opportunity tagged = active.get(1);
        SandboxModel.Opportunity archived = active.get(2);
        SandboxModel.Opportunity deleted = active.get(3);
        String otherStage = sandbox.data().stages().stream()
                .map(SandboxModel.Stage::id)
                .filter(id -> !id.equals(moved.stage()))
                .findFirst()
                .orElseThrow();
        String reason = sandbox.data().archiveReasons().stream()
                .filter(r -> "active".equals(r.status()))
                .findFirst()
                .orElseThrow()
                .id();
        sandbox.data().moveStage(moved.id(), otherStage, someone);
        sandbox.data().addTags(tagged.id(), List.of("Synced elsewhere"), someone);
        sandbox.data().setArchived(archived.id(), reason, someone);
        sandbox.data().deleteOpportunity(deleted.id(), someone);
        sandbox.stats().reset();

        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        SyncResult result = sync.sync(false, collecting(changed, removed)).join();

        // The tags too: a tag deleted in Lever's settings may change no opportunity's updatedAt.
        assertThat(sandbox.stats().requests())
                .as("one page of changes, one of deletions, one of tags")
                .isEqualTo(3);
        assertThat(result.fullPass()).isFalse();
        assertThat(new HashSet<>(changed)).isEqualTo(Set.of(moved.id(), tagged.id(), archived.id()));
        assertThat(removed).isEqualTo(List.of(deleted.id()));
        Map<String, Opportunity> now = cached();
        assertThat(now.get(moved.id()).stage()).isEqualTo(otherStage);
        assertThat(now.get(tagged.id()).tags()).contains("Synced elsewhere");
        assertThat(now.get(archived.id()).archived().reason()).isEqualTo(reason);
        assertThat(now).doesNotContainKey(deleted.id());
        assertThat(now).isEqualTo(onLever());
    }

    private static SyncListener collecting(List<String> changed, List<String> removed) {
        return new SyncListener() {
            @Override
            public void changed(List<Opportunity> opportunities) {
                opportunities.forEach(o -> changed.add(o.id()));
            }

            @Override
            public void removed(Collection<String> ids) {
                removed.addAll(ids);
            }
        };
    }
}
