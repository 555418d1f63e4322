package io.stageboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The board loads, filters and moves cards the way the window runs it: cache and sync over HTTP. */
class BoardViewModelTest extends BoardTestBase {

    @Test
    void columnsFollowTheAccountsStageOrder() {
        loadBoard();

        assertThat(board.columns())
                .extracting(ColumnModel::stageId)
                .containsExactlyElementsOf(sandbox.data().stages().stream()
                        .map(SandboxModel.Stage::id)
                        .toList());
        assertThat(board.columns().get(0).stageId()).isEqualTo("lead-new");
        assertThat(board.columns().get(board.columns().size() - 1).stageId()).isEqualTo("offer");
    }

    @Test
    void everyActiveOpportunityLandsInItsStageColumn() {
        loadBoard();

        assertThat(countsOnBoard()).isEqualTo(activeCountsOnLever());
        assertThat(shownIds()).isEqualTo(activeOnLeverWhere(o -> true));
    }

    @Test
    void showingArchivedShowsThemTooWithoutAskingLever() {
        loadBoard();
        sandbox.stats().reset();

        board.filters().showArchivedProperty().set(true);
        background.runAll();

        assertThat(shownIds())
                .isEqualTo(visibleOnLever().stream()
                        .map(SandboxModel.Opportunity::id)
                        .collect(Collectors.toSet()));
        assertThat(sandbox.stats().requests()).as("filters run on the cache").isZero();
    }

    @Test
    void searchMatchesNameEmailAndHeadlineInAnyCase() {
        loadBoard();
        SandboxModel.Opportunity target = activeOnLever().get(3);
        String text = target.name().split(" ")[0].toLowerCase(Locale.ROOT);

        board.filters().searchTextProperty().set(text.toUpperCase(Locale.ROOT));

        assertThat(shownIds())
                .isEqualTo(activeOnLeverWhere(o ->
                        o.name().toLowerCase(Locale.ROOT).contains(text)
                                || o.headline().toLowerCase(Locale.ROOT).contains(text)
                                || o.emails().stream()
                                        .anyMatch(
                                                e -> e.toLowerCase(Locale.ROOT).contains(text))));
        assertThat(shownIds()).contains(target.id());
    }

    @Test
    void ownerFilterKeepsOnlyThatOwnersCards() {
        loadBoard();
        String owner = activeOnLever().get(0).owner();

        board.filters().ownerIdProperty().set(owner);

        assertThat(shownIds()).isEqualTo(activeOnLeverWhere(o -> owner.equals(o.owner())));
    }

    @Test
    void postingTagSourceAndOriginFiltersCombine() {
        loadBoard();
        SandboxModel.Opportunity some = activeOnLever().stream()
                .filter(o -> !o.tags().isEmpty()
                        && o.postingId() != null
                        && !o.sources().isEmpty())
                .findFirst()
                .orElseThrow();

        board.filters().tagProperty().set(some.tags().get(0));
        assertThat(shownIds())
                .isEqualTo(activeOnLeverWhere(o -> o.tags().contains(some.tags().get(0))));
        board.filters().postingIdProperty().set(some.postingId());
        board.filters().sourceProperty().set(some.sources().get(0));
        board.filters().originProperty().set(some.origin());

        assertThat(shownIds())
                .contains(some.id())
                .isEqualTo(activeOnLeverWhere(o -> o.tags().contains(some.tags().get(0))
                        && some.postingId().equals(o.postingId())
                        && o.sources().contains(some.sources().get(0))
                        && some.origin().equals(o.origin())));
    }

    @Test
    void theFirstCardsShowBeforeTheLastPageArrives() throws Exception {
        try (SandboxServer big = SandboxServer.start(
                        SandboxOptions.defaults().withSize(450).withSeed(3));
                LeverClient bigClient = LeverClient.builder()
                        .baseUrl(big.baseUrl())
                        .apiKey(big.apiKey())
                        .rateLimit(1000, 1000)
                        .build()) {
            List<Integer> seen = new ArrayList<>();
            BoardViewModel[] holder = new BoardViewModel[1];
            // Records how many cards the board held after each piece of work applied on the UI thread.
            UiExecutor recording = task -> {
                task.run();
                seen.add(holder[0].loadedCount());
            };
            holder[0] = newBoard(bigClient, recording);

            holder[0].load();
            background.runAll();

            // The board holds the active opportunities; archived ones stay in the cache's database.
            long visible = big.data().opportunities().stream()
                    .filter(o -> o.confidentiality().equals("non-confidential") && !o.isArchived())
                    .count();
            assertThat(seen.stream().filter(n -> n > 0 && n < visible))
                    .as("cards showed before the last page")
                    .isNotEmpty();
            assertThat(holder[0].loadedCount()).isEqualTo(visible);
        }
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
        SandboxModel.StageChange last =
                leverState(id).stageChanges().get(leverState(id).stageChanges().size() - 1);
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
        assertThat(notifier.errors)
                .singleElement()
                .asString()
                .startsWith("Could not move " + board.card(id).orElseThrow().name() + " to Offer: ")
                .endsWith("The card is back in New lead.");
        assertThat(board.canUndoProperty().get()).isFalse();
    }

    @Test
    void oneFailedCardDoesNotUndoTheOthers() {
        loadBoard();
        List<String> ids = activeOnLever().stream()
                .filter(o -> o.stage().equals("lead-new"))
                .limit(3)
                .map(SandboxModel.Opportunity::id)
                .toList();
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
        List<String> ids = activeOnLever().stream()
                .filter(o -> o.stage().equals("lead-new"))
                .limit(2)
                .map(SandboxModel.Opportunity::id)
                .toList();
        board.move(ids, "offer");
        background.runAll();
        assertThat(ids.stream().map(id -> leverState(id).stage())).containsOnly("offer");

        notifier.actions.get(0).action().run(); // the Undo button on the notification
        background.runAll();

        assertThat(ids.stream().map(id -> leverState(id).stage())).containsOnly("lead-new");
        assertThat(ids.stream().map(id -> board.card(id).orElseThrow().getStageId()))
                .containsOnly("lead-new");
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
        assertThat(notifier.errors)
                .singleElement()
                .asString()
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

        board.moveToPreviousStage(List.of(id)); // already first: nothing to do
        assertThat(background.queued()).isZero();
    }

    @Test
    void aFailedLoadSaysWhatHappenedAndWhatToDo() {
        LeverClient wrongKey = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey("not-the-key")
                .build();
        BoardViewModel rejected = newBoard(wrongKey, UiExecutor.direct());

        List<String> messageWhenStatusChanged = new java.util.ArrayList<>();
        rejected.statusProperty()
                .addListener((o, was, is) -> messageWhenStatusChanged.add(
                        is + ": " + rejected.statusMessageProperty().get()));

        rejected.load();
        background.runAll();

        assertThat(rejected.getStatus()).isEqualTo(LoadStatus.ERROR);
        assertThat(rejected.statusMessageProperty().get())
                .startsWith("Could not load the pipeline: ")
                .contains("API key")
                .endsWith("Press F5 to try again.")
                .doesNotContain("not-the-key");
        assertThat(messageWhenStatusChanged)
                .as("the message is there when the status turns, for whoever watches it")
                .last()
                .isEqualTo("ERROR: " + rejected.statusMessageProperty().get());
        wrongKey.close();
    }

    private Map<String, Integer> activeCountsOnLever() {
        return sandbox.data().stages().stream().collect(Collectors.toMap(SandboxModel.Stage::id, s -> (int)
                activeOnLever().stream().filter(o -> o.stage().equals(s.id())).count()));
    }

    private String someActiveIdIn(String stageId) {
        return activeIdsIn(stageId, 1).get(0);
    }
}
