package io.stageboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel;
import io.stageboard.ui.common.LoadStatus;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The board holds active cards; "Show archived" brings the archived matches of the filters from the cache's database
 * and says how far loading them got.
 */
class ArchivedBoardTest extends BoardTestBase {

    /** Waits for the debounced question to reach the background executor, then answers it. */
    private void answerDebounced() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (background.queued() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        background.runAll();
    }

    private Set<String> archivedOnLever() {
        return visibleOnLever().stream()
                .filter(SandboxModel.Opportunity::isArchived)
                .map(SandboxModel.Opportunity::id)
                .collect(Collectors.toSet());
    }

    @Test
    void theBoardIsCompleteWhenEveryActiveCardIsOnItWhileArchivedOnesStillLoad() {
        board.load();
        while (board.getStatus() != LoadStatus.LOADED && background.runNext()) {
            // one piece of background work at a time, until the board says it is complete
        }

        assertThat(board.getStatus()).isEqualTo(LoadStatus.LOADED);
        assertThat(shownIds()).isEqualTo(activeOnLeverWhere(o -> true));
        assertThat(background.queued()).as("the rest of the load still to come").isPositive();

        background.runAll();
        assertThat(board.loadedCount())
                .as("archived ones stay off the heap")
                .isEqualTo(activeOnLever().size());
    }

    @Test
    void showingArchivedReadsThemFromTheCacheAndSaysAllAreLoaded() {
        loadBoard();
        sandbox.stats().reset();

        board.filters().showArchivedProperty().set(true);
        background.runAll();

        Set<String> all =
                visibleOnLever().stream().map(SandboxModel.Opportunity::id).collect(Collectors.toSet());
        assertThat(shownIds()).isEqualTo(all);
        assertThat(sandbox.stats().requests()).as("read from the cache").isZero();
        assertThat(board.archivedStatusProperty().get())
                .isEqualTo("All " + archivedOnLever().size() + " archived loaded");
        Set<String> archivedIds = archivedOnLever();
        assertThat(board.allCards().stream()
                        .filter(c -> c.accessibleText("Stage", board.clock()).startsWith(c.name() + ", archived")
                                || c.accessibleText("Stage", board.clock())
                                        .startsWith(c.name() + ", confidential, archived"))
                        .map(CardModel::id)
                        .collect(Collectors.toSet()))
                .as("a screen reader hears which cards are archived")
                .isEqualTo(archivedIds.stream().filter(all::contains).collect(Collectors.toSet()));

        board.filters().showArchivedProperty().set(false);
        background.runAll();
        assertThat(shownIds()).isEqualTo(activeOnLeverWhere(o -> true));
        assertThat(board.loadedCount()).isEqualTo(activeOnLever().size());
        assertThat(board.archivedStatusProperty().get()).isEmpty();
    }

    @Test
    void aSearchAsksTheCacheForArchivedMatchesOnceTheTypingRests() throws Exception {
        loadBoard();
        board.filters().showArchivedProperty().set(true);
        background.runAll();
        SandboxModel.Opportunity target = visibleOnLever().stream()
                .filter(o -> o.isArchived() && o.name().matches("[A-Za-z]+ [A-Za-z]+"))
                .findFirst()
                .orElseThrow();
        String search = target.name().toLowerCase(Locale.ROOT);

        board.filters().searchTextProperty().set(search);
        answerDebounced();

        assertThat(shownIds())
                .contains(target.id())
                .isEqualTo(visibleOnLever().stream()
                        .filter(o -> o.name().toLowerCase(Locale.ROOT).contains(search)
                                || o.headline().toLowerCase(Locale.ROOT).contains(search)
                                || o.emails().stream()
                                        .anyMatch(
                                                e -> e.toLowerCase(Locale.ROOT).contains(search)))
                        .map(SandboxModel.Opportunity::id)
                        .collect(Collectors.toSet()));
    }
}
