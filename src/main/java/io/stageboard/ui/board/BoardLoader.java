package io.stageboard.ui.board;

import io.stageboard.service.sync.OpportunityStream;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.ui.common.UiExecutor;

import java.util.List;
import java.util.Map;

/**
 * Loads the board straight from Lever, without the cache: reference data once, then the opportunities under the
 * filters Lever applies, page by page, so the first cards show before the last page arrives. A new load cancels the
 * one in flight, and nothing from an older load reaches the board.
 */
final class BoardLoader {

    private final BoardViewModel board;
    private final PipelineService pipeline;
    private final UiExecutor ui;
    private OpportunityStream loading;
    private int generation;

    BoardLoader(BoardViewModel board, PipelineService pipeline, UiExecutor ui) {
        this.board = board;
        this.pipeline = pipeline;
        this.ui = ui;
    }

    /** Starts a load; the reference data is fetched first when the board has none. */
    void load() {
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
        board.clearForLoad();
        int thisLoad = ++generation;
        if (board.reference().isPresent()) {
            stream(thisLoad);
            return;
        }
        pipeline.loadReference().whenCompleteAsync((loaded, error) -> {
            if (thisLoad != generation) {
                return;
            }
            if (error != null) {
                board.fail(error);
                return;
            }
            board.showColumns(loaded);
            stream(thisLoad);
        }, ui);
    }

    private void stream(int thisLoad) {
        var reference = board.reference().orElseThrow();
        Map<String, String> users = reference.usersById();
        Map<String, String> postings = reference.postingsById();
        loading = pipeline.streamOpportunities(board.filters().toLeverQuery(), page -> {
            List<CardModel> arrived = page.stream()
                    .map(o -> new CardModel(o, postings.getOrDefault(o.postingId(), ""), users.getOrDefault(o.owner(), "")))
                    .toList();
            ui.execute(() -> {
                if (thisLoad == generation) {
                    board.addLoadedCards(arrived);
                }
            });
        });
        loading.completion().whenCompleteAsync((count, error) -> {
            if (thisLoad != generation) {
                return;
            }
            if (error != null) {
                board.fail(error);
            } else {
                board.markLoaded();
            }
        }, ui);
    }
}
