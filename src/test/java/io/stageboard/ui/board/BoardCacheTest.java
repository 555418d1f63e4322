package io.stageboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel;
import io.stageboard.service.sync.SyncService;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import io.stageboard.testing.Movers;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The board in cache-first mode: the cache shows before any request, then syncs bring other people's changes. */
class BoardCacheTest extends BoardTestBase {

    private Database database;
    private OpportunityCache cache;

    @BeforeEach
    void fillTheCache() {
        database = Database.inMemory();
        cache = new OpportunityCache(database);
        // An earlier run filled the cache.
        new SyncService(client, cache, "acct", Runnable::run, Clock.systemUTC())
                .sync(false, ignoring())
                .join();
        board = new BoardViewModel(
                new SyncService(client, cache, "acct", background, Clock.systemUTC()),
                Movers.inMemory(client, background, actingUser),
                UiExecutor.direct(),
                new RecordingNotifier(),
                Clock.systemUTC());
    }

    @AfterEach
    void closeTheCache() {
        database.close();
    }

    private Map<String, Integer> activeCountsOnLever() {
        List<SandboxModel.Opportunity> active = sandbox.data().opportunities().stream()
                .filter(o -> !o.isArchived() && o.confidentiality().equals("non-confidential"))
                .toList();
        return sandbox.data().stages().stream().collect(Collectors.toMap(SandboxModel.Stage::id, s ->
                (int) active.stream().filter(o -> o.stage().equals(s.id())).count()));
    }

    @Test
    void aStartShowsTheCachedBoardBeforeAnyRequestToLever() {
        sandbox.stats().reset();

        board.load();
        background.runNext();

        assertThat(sandbox.stats().requests()).isEqualTo(0);
        assertThat(board.getStatus()).isEqualTo(LoadStatus.LOADED);
        assertThat(countsOnBoard()).isEqualTo(activeCountsOnLever());
        assertThat(board.freshnessProperty().get()).isEqualTo("Updating… (updated just now)");

        background.runAll();
        assertThat(board.freshnessProperty().get()).isEqualTo("Updated just now");
    }

    @Test
    void theFirstLoadOfANewCacheShowsTheActiveCardsOfEveryStage() {
        BoardViewModel fresh = new BoardViewModel(
                new SyncService(client, cache, "another-account", background, Clock.systemUTC()),
                Movers.inMemory(client, background, null),
                UiExecutor.direct(),
                new RecordingNotifier(),
                Clock.systemUTC());

        fresh.load();
        background.runAll();

        assertThat(fresh.getStatus()).isEqualTo(LoadStatus.LOADED);
        assertThat(fresh.columns().stream().collect(Collectors.toMap(ColumnModel::stageId, ColumnModel::getCount)))
                .isEqualTo(activeCountsOnLever());
        assertThat(fresh.freshnessProperty().get()).isEqualTo("Updated just now");
    }

    @Test
    void aBackgroundSyncMovesAChangedCardAndHighlightsIt() {
        board.load();
        background.runAll();
        SandboxModel.Opportunity someone = sandbox.data().opportunities().stream()
                .filter(o -> !o.isArchived() && o.confidentiality().equals("non-confidential"))
                .findFirst()
                .orElseThrow();
        String target = sandbox.data().stages().stream()
                .map(SandboxModel.Stage::id)
                .filter(id -> !id.equals(someone.stage()))
                .findFirst()
                .orElseThrow();
        sandbox.data().moveStage(someone.id(), target, null);

        board.syncNow();
        background.runAll();

        CardModel card = board.card(someone.id()).orElseThrow();
        assertThat(card.getStageId()).isEqualTo(target);
        assertThat(card.isRecentlyChanged()).isTrue();
        assertThat(countsOnBoard()).isEqualTo(activeCountsOnLever());
    }

    @Test
    void filtersRunOnTheCachedCardsWithoutAskingLever() {
        board.load();
        background.runAll();
        sandbox.stats().reset();

        board.filters().showArchivedProperty().set(true);
        background.runAll();

        Map<String, Integer> all = sandbox.data().stages().stream()
                .collect(Collectors.toMap(SandboxModel.Stage::id, s -> (int) sandbox.data().opportunities().stream()
                        .filter(o ->
                                o.stage().equals(s.id()) && o.confidentiality().equals("non-confidential"))
                        .count()));
        assertThat(countsOnBoard()).isEqualTo(all);
        assertThat(sandbox.stats().requests()).isEqualTo(0);
    }

    private static io.stageboard.service.sync.SyncListener ignoring() {
        return new io.stageboard.service.sync.SyncListener() {
            @Override
            public void changed(List<io.stageboard.api.Opportunity> opportunities) {}

            @Override
            public void removed(java.util.Collection<String> ids) {}
        };
    }
}
