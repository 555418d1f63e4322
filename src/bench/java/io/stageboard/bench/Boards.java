package io.stageboard.bench;

import io.stageboard.api.LeverClient;
import io.stageboard.service.moves.StageMoveService;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.sync.SyncService;
import io.stageboard.store.OpportunityCache;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.board.ColumnModel;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UserAction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/** Clients and boards wired as the main window wires them. */
final class Boards {

    private Boards() {}

    static LeverClient client(String baseUrl, String key, double rate, int burst) {
        return LeverClient.builder()
                .baseUrl(baseUrl)
                .apiKey(key)
                .rateLimit(rate, burst)
                .backoff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .build();
    }

    /** A cache-first board on the FX thread; create it there. */
    static BoardViewModel board(LeverClient client, OpportunityCache cache, String account, Executor background) {
        return new BoardViewModel(
                new SyncService(client, cache, account, background, Clock.systemUTC()),
                new StageMoveService(OutboxWorker.inMemory(client, null, background), background),
                Fx.UI,
                new SilentNotifier(),
                Clock.systemUTC());
    }

    static boolean anyCard(BoardViewModel board) {
        return board.columns().stream().anyMatch(c -> c.getCount() > 0);
    }

    static int shown(BoardViewModel board) {
        return board.columns().stream().mapToInt(ColumnModel::getCount).sum();
    }

    /** The benchmarks read results from the view-models; notifications go nowhere. */
    static final class SilentNotifier implements Notifier {
        @Override
        public void info(String message, List<UserAction> actions) {}

        @Override
        public void error(String message) {}
    }
}
