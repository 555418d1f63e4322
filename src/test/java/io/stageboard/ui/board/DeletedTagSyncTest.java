package io.stageboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel;
import io.stageboard.service.outbox.ActivityEntry;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.outbox.TagDeletionJournal;
import io.stageboard.service.sync.SyncService;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import io.stageboard.store.Outbox;
import io.stageboard.testing.Movers;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.common.UiExecutor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tag deleted in Lever's settings leaves the board on the next sync, though no opportunity's updatedAt changed. */
class DeletedTagSyncTest extends BoardTestBase {

    private Database database;
    private Outbox outbox;
    private OpportunityCache cache;

    @BeforeEach
    void loadTheBoard() {
        database = Database.inMemory();
        cache = new OpportunityCache(database);
        outbox = new Outbox(database, Clock.systemUTC());
        SyncService sync = new SyncService(client, cache, "acct", background, Clock.systemUTC());
        sync.setOnTagsDeleted(new TagDeletionJournal(outbox, client.baseUrl())::record);
        board = new BoardViewModel(
                sync,
                Movers.inMemory(client, background, actingUser),
                UiExecutor.direct(),
                new RecordingNotifier(),
                Clock.systemUTC());
        board.load();
        background.runAll();
    }

    @AfterEach
    void closeTheCache() {
        database.close();
    }

    private Map<String, Long> updatedAtOnLever() {
        return sandbox.data().opportunities().stream()
                .filter(o -> o.updatedAt() != null)
                .collect(Collectors.toMap(SandboxModel.Opportunity::id, SandboxModel.Opportunity::updatedAt));
    }

    private List<String> cardsTagged(String tag) {
        return board.allCards().stream()
                .filter(c -> c.tags().contains(tag))
                .map(CardModel::id)
                .sorted()
                .toList();
    }

    private List<String> tagChoices() {
        return board.choices().tags().stream().map(BoardChoices.Choice::value).toList();
    }

    @Test
    void aTagDeletedInLeversSettingsLeavesEveryCardTheFilterAndTheLogSaysSo() {
        String tag = board.allCards().stream()
                .flatMap(c -> c.tags().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey)
                .sorted()
                .findFirst()
                .orElseThrow();
        List<String> carriers = cardsTagged(tag);
        assertThat(tagChoices()).contains(tag);
        Map<String, Long> updatedBefore = updatedAtOnLever();

        sandbox.data().deleteTag(tag);
        board.syncNow();
        background.runAll();

        assertThat(updatedAtOnLever()).as("Lever changed no updatedAt").isEqualTo(updatedBefore);
        assertThat(cardsTagged(tag)).isEqualTo(List.of());
        assertThat(tagChoices()).doesNotContain(tag);
        List<ActivityEntry> log = new ActivityLog(outbox, client, Runnable::run, ZoneId.of("UTC"))
                .entries()
                .join();
        assertThat(log.stream().map(ActivityEntry::description).sorted().toList())
                .isEqualTo(board.allCards().stream()
                        .filter(c -> carriers.contains(c.id()))
                        .map(c -> "Tag " + tag + " left " + c.name() + "'s card")
                        .sorted()
                        .toList());
        assertThat(log.stream().map(ActivityEntry::message).distinct().toList())
                .isEqualTo(List.of(
                        "Lever no longer lists this tag (it was deleted in Lever's settings); Stageboard removed it from its"
                                + " copy."));
    }

    @Test
    void aTagDeletedInLeversSettingsLeavesTheArchivedOpportunitiesInTheCacheToo() {
        Map<String, List<String>> archivedTags = sandbox.data().opportunities().stream()
                .filter(o -> o.isArchived()
                        && !"confidential".equals(o.confidentiality())
                        && !o.tags().isEmpty())
                .collect(Collectors.toMap(SandboxModel.Opportunity::id, SandboxModel.Opportunity::tags));
        String tag = archivedTags.values().stream()
                .flatMap(List::stream)
                .sorted()
                .findFirst()
                .orElseThrow();
        OpportunityCache.ArchivedFilter carrying = new OpportunityCache.ArchivedFilter("", null, tag, null, null, null);
        long carriers =
                archivedTags.values().stream().filter(t -> t.contains(tag)).count();
        assertThat(cache.findArchived("acct", carrying, 10_000).total()).isEqualTo((int) carriers);

        sandbox.data().deleteTag(tag);
        board.syncNow();
        background.runAll();

        List<String> stillTagged = cache
                .findArchived("acct", new OpportunityCache.ArchivedFilter("", null, null, null, null, null), 10_000)
                .json()
                .stream()
                .filter(json -> json.contains("\"" + tag + "\""))
                .toList();
        assertThat(List.of(cache.findArchived("acct", carrying, 10_000).total(), stillTagged))
                .isEqualTo(List.of(0, List.of()));
    }
}
