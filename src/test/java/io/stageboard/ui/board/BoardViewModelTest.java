package io.stageboard.ui.board;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.testing.Movers;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's view-model without the JavaFX toolkit, against the sandbox over HTTP. Background work runs only when
 * the test drains the {@link ManualExecutor}, so the optimistic state before Lever answers can be checked.
 */
class BoardViewModelTest {

    private SandboxServer sandbox;
    private LeverClient client;
    private ManualExecutor background;
    private RecordingNotifier notifier;
    private BoardViewModel board;
    private String actingUser;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(120).withSeed(7));
        client = LeverClient.builder().baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000).maxAttempts(2).backoff(Duration.ofMillis(5), Duration.ofMillis(20)).build();
        actingUser = sandbox.data().users().stream().filter(u -> !u.deactivated()).findFirst().orElseThrow().id();
        background = new ManualExecutor();
        notifier = new RecordingNotifier();
        board = new BoardViewModel(new PipelineService(client, background),
                Movers.inMemory(client, background, actingUser), UiExecutor.direct(), notifier, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private void loadBoard() {
        board.load();
        background.runAll();
        assertThat(board.getStatus()).isEqualTo(LoadStatus.LOADED);
    }

    /** What the API key sees: Lever leaves confidential opportunities out unless asked for them. */
    private List<SandboxModel.Opportunity> visibleOnLever() {
        return sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential")).toList();
    }

    private List<SandboxModel.Opportunity> activeOnLever() {
        return visibleOnLever().stream().filter(o -> !o.isArchived()).toList();
    }

    private Map<String, Integer> countsOnBoard() {
        return board.columns().stream().collect(Collectors.toMap(ColumnModel::stageId, ColumnModel::getCount));
    }

    private Map<String, Integer> activeCountsOnLever() {
        return sandbox.data().stages().stream().collect(Collectors.toMap(SandboxModel.Stage::id,
                s -> (int) activeOnLever().stream().filter(o -> o.stage().equals(s.id())).count()));
    }

    private SandboxModel.Opportunity leverState(String id) {
        return sandbox.data().opportunity(id).orElseThrow();
    }

    private String someActiveIdIn(String stageId) {
        return activeOnLever().stream().filter(o -> o.stage().equals(stageId)).findFirst().orElseThrow().id();
    }

    @Test
    void columnsFollowTheAccountsStageOrder() {
        loadBoard();

        assertThat(board.columns()).extracting(ColumnModel::stageId)
                .containsExactlyElementsOf(sandbox.data().stages().stream().map(SandboxModel.Stage::id).toList());
        assertThat(board.columns().get(0).stageId()).isEqualTo("lead-new");
        assertThat(board.columns().get(board.columns().size() - 1).stageId()).isEqualTo("offer");
    }

    @Test
    void everyActiveOpportunityLandsInItsStageColumn() {
        loadBoard();

        assertThat(countsOnBoard()).isEqualTo(activeCountsOnLever());
        assertThat(board.loadedCount()).isEqualTo(activeOnLever().size());
    }

    @Test
    void showingArchivedLoadsThemToo() {
        loadBoard();

        board.filters().showArchivedProperty().set(true);
        background.runAll();

        assertThat(board.loadedCount()).isEqualTo(visibleOnLever().size());
    }

    @Test
    void searchMatchesNameEmailAndHeadlineLocally() {
        loadBoard();
        SandboxModel.Opportunity target = activeOnLever().get(3);

        board.filters().searchTextProperty().set(target.name().toUpperCase());

        assertThat(board.columns().stream().flatMap(c -> c.cards().stream()).map(CardModel::id)).contains(target.id());
        assertThat(board.columns().stream().mapToInt(ColumnModel::getCount).sum())
                .isEqualTo(activeOnLever().stream().filter(o -> o.name().equalsIgnoreCase(target.name())
                        || o.headline().toLowerCase().contains(target.name().toLowerCase())
                        || o.emails().stream().anyMatch(e -> e.toLowerCase().contains(target.name().toLowerCase()))).count());
        assertThat(background.queued()).as("a local filter sends no request").isZero();
    }

    @Test
    void ownerFilterKeepsOnlyThatOwnersCards() {
        loadBoard();
        String owner = activeOnLever().get(0).owner();

        board.filters().ownerIdProperty().set(owner);

        assertThat(board.columns().stream().mapToInt(ColumnModel::getCount).sum())
                .isEqualTo(activeOnLever().stream().filter(o -> owner.equals(o.owner())).count());
    }

    @Test
    void tagFilterAsksLeverAndChangesTheCounts() {
        loadBoard();
        String tag = activeOnLever().stream().flatMap(o -> o.tags().stream()).findFirst().orElseThrow();

        board.filters().tagProperty().set(tag);
        background.runAll();

        assertThat(board.loadedCount()).isEqualTo(activeOnLever().stream().filter(o -> o.tags().contains(tag)).count());
    }

    @Test
    void cardsShowPageByPageBeforeTheLastPageArrives() throws Exception {
        try (SandboxServer big = SandboxServer.start(SandboxOptions.defaults().withSize(450).withSeed(3));
             LeverClient bigClient = LeverClient.builder().baseUrl(big.baseUrl()).apiKey(big.apiKey())
                     .rateLimit(1000, 1000).build()) {
            List<Integer> seen = new java.util.ArrayList<>();
            BoardViewModel[] holder = new BoardViewModel[1];
            // Records how many cards the board held after each piece of work applied on the UI thread.
            UiExecutor recording = task -> {
                task.run();
                seen.add(holder[0].loadedCount());
            };
            holder[0] = new BoardViewModel(new PipelineService(bigClient, background),
                    Movers.inMemory(bigClient, background, actingUser), recording, notifier, Clock.systemUTC());

            holder[0].load();
            background.runAll();

            long visible = big.data().opportunities().stream()
                    .filter(o -> !o.isArchived() && o.confidentiality().equals("non-confidential")).count();
            assertThat(seen).as("the board grew one page at a time").contains(100, 200, 300);
            assertThat(holder[0].loadedCount()).isEqualTo(visible);
        }
    }

    @Test
    void aNewFilterCancelsTheLoadInFlight() {
        board.load();
        background.runAll();
        String tag = activeOnLever().stream().flatMap(o -> o.tags().stream()).findFirst().orElseThrow();

        board.filters().showArchivedProperty().set(true);   // starts a load, not yet run
        board.filters().tagProperty().set(tag);              // replaces it before any page arrived
        background.runAll();

        assertThat(board.loadedCount()).isEqualTo(visibleOnLever().stream().filter(o -> o.tags().contains(tag)).count());
        assertThat(board.getStatus()).isEqualTo(LoadStatus.LOADED);
    }

    @Test
    void aMovedCardMovesAtOnceMarkedPendingThenLeverConfirms() {
        loadBoard();
        String id = someActiveIdIn("lead-new");
        int before = board.column("applicant-new").orElseThrow().getCount();

        board.move(List.of(id), "applicant-new");

        CardModel card = board.card(id).orElseThrow();
        assertThat(card.getStageId()).isEqualTo("applicant-new");
        assertThat(card.isPending()).isTrue();
        assertThat(board.column("applicant-new").orElseThrow().getCount()).isEqualTo(before + 1);
        assertThat(leverState(id).stage()).as("nothing sent yet").isEqualTo("lead-new");

        background.runAll();

        assertThat(card.isPending()).isFalse();
        assertThat(leverState(id).stage()).isEqualTo("applicant-new");
        SandboxModel.StageChange last = leverState(id).stageChanges().get(leverState(id).stageChanges().size() - 1);
        assertThat(last.toStageId()).isEqualTo("applicant-new");
        assertThat(last.userId()).isEqualTo(actingUser);
        assertThat(card.getLastAdvancedAt()).isEqualTo(leverState(id).lastAdvancedAt());
        assertThat(notifier.infos).containsExactly("Moved " + card.name() + " to New applicant.");
    }

    @Test
    void aRefusedMoveReturnsTheCardAndSaysWhy() {
        loadBoard();
        String id = someActiveIdIn("lead-new");
        sandbox.faults().next("PUT", "/opportunities/*/stage", Fault.status(400));

        board.move(List.of(id), "offer");
        background.runAll();

        assertThat(board.card(id).orElseThrow().getStageId()).isEqualTo("lead-new");
        assertThat(board.card(id).orElseThrow().isPending()).isFalse();
        assertThat(leverState(id).stage()).isEqualTo("lead-new");
        assertThat(notifier.errors).singleElement().asString()
                .startsWith("Could not move " + board.card(id).orElseThrow().name() + " to Offer: ")
                .endsWith("The card is back in New lead.");
        assertThat(board.canUndoProperty().get()).isFalse();
    }

    @Test
    void oneFailedCardDoesNotUndoTheOthers() {
        loadBoard();
        List<String> ids = activeOnLever().stream().filter(o -> o.stage().equals("lead-new")).limit(3)
                .map(SandboxModel.Opportunity::id).toList();
        sandbox.faults().next("PUT", "/opportunities/" + ids.get(1) + "/stage", Fault.status(400));

        board.move(ids, "lead-responded");
        background.runAll();

        assertThat(ids.stream().map(id -> leverState(id).stage()))
                .containsExactly("lead-responded", "lead-new", "lead-responded");
        assertThat(ids.stream().map(id -> board.card(id).orElseThrow().getStageId()))
                .containsExactly("lead-responded", "lead-new", "lead-responded");
        assertThat(notifier.infos).containsExactly("Moved 2 candidates to Responded.");
        assertThat(notifier.errors).hasSize(1);
    }

    @Test
    void undoMovesTheLastMovedCardsBackOnLever() {
        loadBoard();
        List<String> ids = activeOnLever().stream().filter(o -> o.stage().equals("lead-new")).limit(2)
                .map(SandboxModel.Opportunity::id).toList();
        board.move(ids, "offer");
        background.runAll();
        assertThat(ids.stream().map(id -> leverState(id).stage())).containsOnly("offer");

        notifier.actions.get(0).action().run();   // the Undo button on the notification
        background.runAll();

        assertThat(ids.stream().map(id -> leverState(id).stage())).containsOnly("lead-new");
        assertThat(ids.stream().map(id -> board.card(id).orElseThrow().getStageId())).containsOnly("lead-new");
        assertThat(notifier.infos).last().isEqualTo("Undone: moved 2 candidates back to New lead.");
        assertThat(board.canUndoProperty().get()).isFalse();
    }

    @Test
    void aMoveMadeMeanwhileInLeverIsShownNotOverwritten() {
        loadBoard();
        String id = someActiveIdIn("lead-new");
        String someoneElse = sandbox.data().users().get(1).id();
        sandbox.data().moveStage(id, "lead-reached-out", someoneElse);

        board.move(List.of(id), "offer");
        background.runAll();

        assertThat(leverState(id).stage()).isEqualTo("lead-reached-out");
        assertThat(board.card(id).orElseThrow().getStageId()).isEqualTo("lead-reached-out");
        assertThat(notifier.errors).singleElement().asString()
                .contains("already moved to Reached out in Lever by someone else");
    }

    @Test
    void nextAndPreviousStageFollowThePipelineOrder() {
        loadBoard();
        String id = someActiveIdIn("lead-new");

        board.moveToNextStage(List.of(id));
        background.runAll();
        assertThat(leverState(id).stage()).isEqualTo("lead-reached-out");

        board.moveToPreviousStage(List.of(id));
        background.runAll();
        assertThat(leverState(id).stage()).isEqualTo("lead-new");

        board.moveToPreviousStage(List.of(id));   // already first: nothing to do
        assertThat(background.queued()).isZero();
    }

    @Test
    void aFailedLoadSaysWhatHappenedAndWhatToDo() {
        LeverClient wrongKey = LeverClient.builder().baseUrl(sandbox.baseUrl()).apiKey("not-the-key").build();
        BoardViewModel rejected = new BoardViewModel(new PipelineService(wrongKey, background),
                Movers.inMemory(wrongKey, background, null), UiExecutor.direct(), notifier, Clock.systemUTC());

        List<String> messageWhenStatusChanged = new java.util.ArrayList<>();
        rejected.statusProperty().addListener((o, was, is) -> messageWhenStatusChanged.add(
                is + ": " + rejected.statusMessageProperty().get()));

        rejected.load();
        background.runAll();

        assertThat(rejected.getStatus()).isEqualTo(LoadStatus.ERROR);
        assertThat(rejected.statusMessageProperty().get()).startsWith("Could not load the pipeline: ")
                .contains("API key").endsWith("Press F5 to try again.").doesNotContain("not-the-key");
        assertThat(messageWhenStatusChanged).as("the message is there when the status turns, for whoever watches it")
                .last().isEqualTo("ERROR: " + rejected.statusMessageProperty().get());
        wrongKey.close();
    }
}
