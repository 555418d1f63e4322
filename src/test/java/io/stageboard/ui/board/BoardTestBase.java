package io.stageboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.testing.InMemorySync;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.Movers;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The board's view-model as the window runs it (the sandbox over HTTP, the sync service, an in-memory cache), without
 * the JavaFX toolkit. Background work runs only when a test drains the {@link ManualExecutor}. Expected values come
 * from the sandbox's own model, filtered here by hand, never from the board's filter code.
 */
abstract class BoardTestBase {

    protected SandboxServer sandbox;
    protected LeverClient client;
    protected ManualExecutor background;
    protected RecordingNotifier notifier;
    protected BoardViewModel board;
    protected String actingUser;

    @BeforeEach
    void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(120).withSeed(7));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .maxAttempts(2)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .build();
        actingUser = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
        background = new ManualExecutor();
        notifier = new RecordingNotifier();
        board = newBoard(client, UiExecutor.direct());
    }

    @AfterEach
    void stopSandbox() {
        client.close();
        sandbox.close();
    }

    protected BoardViewModel newBoard(LeverClient leverClient, UiExecutor ui) {
        return new BoardViewModel(
                InMemorySync.of(leverClient, background),
                Movers.inMemory(leverClient, background, actingUser),
                ui,
                notifier,
                Clock.systemUTC());
    }

    protected void loadBoard() {
        board.load();
        background.runAll();
        assertThat(board.getStatus()).isEqualTo(LoadStatus.LOADED);
    }

    /** What the API key sees: Lever leaves confidential opportunities out unless asked for them. */
    protected List<SandboxModel.Opportunity> visibleOnLever() {
        return sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential"))
                .toList();
    }

    protected List<SandboxModel.Opportunity> activeOnLever() {
        return visibleOnLever().stream().filter(o -> !o.isArchived()).toList();
    }

    /** The ids of the active opportunities the sandbox has that pass {@code filter}. */
    protected Set<String> activeOnLeverWhere(Predicate<SandboxModel.Opportunity> filter) {
        return activeOnLever().stream()
                .filter(filter)
                .map(SandboxModel.Opportunity::id)
                .collect(Collectors.toSet());
    }

    /** Every card the columns show now. */
    protected Set<String> shownIds() {
        return board.columns().stream()
                .flatMap(c -> c.cards().stream())
                .map(CardModel::id)
                .collect(Collectors.toSet());
    }

    protected Map<String, Integer> countsOnBoard() {
        return board.columns().stream().collect(Collectors.toMap(ColumnModel::stageId, ColumnModel::getCount));
    }

    protected SandboxModel.Opportunity leverState(String id) {
        return sandbox.data().opportunity(id).orElseThrow();
    }

    protected List<String> activeIdsIn(String stageId, int limit) {
        return activeOnLever().stream()
                .filter(o -> o.stage().equals(stageId))
                .limit(limit)
                .map(SandboxModel.Opportunity::id)
                .toList();
    }

    /** The ids a column shows, top to bottom. */
    protected List<String> column(String stageId) {
        return board.column(stageId).orElseThrow().cards().stream()
                .map(CardModel::id)
                .toList();
    }
}
