package io.stageboard.bench;

import io.stageboard.api.LeverClient;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.common.LoadStatus;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/** 1. A first start with an empty cache: time to the first card, and the whole load against its bounds. */
final class ColdLoadBench {

    private ColdLoadBench() {}

    static void run(SandboxServer sandbox, double rate, int burst, ExecutorService background, Results results)
            throws Exception {
        long requestsBefore = sandbox.stats().requests();
        long limitedBefore = sandbox.stats().tooManyRequests();
        try (LeverClient client = Boards.client(sandbox.baseUrl(), sandbox.apiKey(), rate, burst);
                Database database = Database.inMemory()) {
            OpportunityCache cache = new OpportunityCache(database);
            // One request first, so class loading of the HTTP and JSON stacks in this fresh JVM is not counted.
            try (LeverClient warmUp = Boards.client(sandbox.baseUrl(), sandbox.apiKey(), rate, burst)) {
                warmUp.stages();
            }
            Thread.sleep(2_500);
            requestsBefore = sandbox.stats().requests();
            limitedBefore = sandbox.stats().tooManyRequests();
            BoardViewModel board = Fx.call(() -> Boards.board(client, cache, "cold", background));
            long start = System.nanoTime();
            Fx.call(() -> {
                board.load();
                return null;
            });
            long firstCard = Fx.waitFor(() -> Boards.anyCard(board), 60);
            long done = Fx.waitFor(() -> board.getStatus() == LoadStatus.LOADED, 300);
            int loaded = Fx.call(board::loadedCount);
            long requests = sandbox.stats().requests() - requestsBefore;
            long limited = sandbox.stats().tooManyRequests() - limitedBefore;
            double seconds = (done - start) / 1e9;
            int pages = (loaded + 99) / 100;
            double bound = pages / rate;
            results.add(
                    "Cold load: time to first card",
                    ms(firstCard - start),
                    "≤ 500 ms",
                    (firstCard - start) / 1e6 <= 500,
                    loaded + " opportunities (archived included)");
            results.add(
                    "Cold load: total ÷ rate-limit bound",
                    String.format(Locale.ROOT, "%.2f× (%.1f s / %.1f s)", seconds / bound, seconds, bound),
                    "≤ 1.15×",
                    seconds / bound <= 1.15,
                    String.format(
                            Locale.ROOT,
                            "bound = %d pages ÷ %.0f/s; %d requests made, %d answered 429",
                            pages,
                            rate,
                            requests,
                            limited));

            long naiveStart = System.nanoTime();
            try (LeverClient naive = Boards.client(sandbox.baseUrl(), sandbox.apiKey(), rate, burst)) {
                int count = naive.opportunities(OpportunityQuery.builder()
                                .expand("applications")
                                .build())
                        .fetchAll()
                        .size();
                double naiveSeconds = (System.nanoTime() - naiveStart) / 1e9;
                results.add(
                        "Cold load: total ÷ naive sequential pager",
                        String.format(
                                Locale.ROOT, "%.2f× (%.1f s / %.1f s)", seconds / naiveSeconds, seconds, naiveSeconds),
                        "—",
                        null,
                        "the naive pager reads the same " + count + " opportunities one page after another");
            }
        }
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }
}
