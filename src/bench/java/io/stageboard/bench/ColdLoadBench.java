package io.stageboard.bench;

import io.stageboard.api.LeverClient;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.common.LoadStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * 1. A first start with an empty cache, three times: time to the first card, and time until the board is complete
 * (every active card on it) against the time the active pages need at the rate limit; the naive sequential pager of
 * the active opportunities as the peer.
 */
final class ColdLoadBench {

    static final int REPEATS = 3;

    private ColdLoadBench() {}

    /** One cold start as the board sees it. */
    record Run(double firstCardMs, double completeSeconds, int active, long requestsToComplete, long limited) {}

    static void run(SandboxServer sandbox, double rate, int burst, ExecutorService background, Results results)
            throws Exception {
        // One request first, so class loading of the HTTP and JSON stacks in this fresh JVM is not counted.
        try (LeverClient warmUp = Boards.client(sandbox.baseUrl(), sandbox.apiKey(), rate, burst)) {
            warmUp.stages();
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            runs.add(once(sandbox, rate, burst, background));
        }
        List<Double> naive = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            restoreBucket(sandbox, rate, burst);
            long start = System.nanoTime();
            try (LeverClient client = Boards.client(sandbox.baseUrl(), sandbox.apiKey(), rate, burst)) {
                client.opportunities(OpportunityQuery.builder()
                                .expand("applications")
                                .archived(false)
                                .build())
                        .fetchAll();
            }
            naive.add((System.nanoTime() - start) / 1e9);
        }
        report(runs, naive, rate, "10,000", results);
    }

    static void report(List<Run> runs, List<Double> naive, double rate, String size, Results results) {
        int active = runs.get(0).active();
        int pages = (active + 99) / 100;
        double bound = pages / rate;
        List<Double> first = runs.stream().map(Run::firstCardMs).toList();
        List<Double> complete = runs.stream().map(Run::completeSeconds).toList();
        List<Double> ratio = complete.stream().map(s -> s / bound).toList();
        results.add(
                "Cold start " + size + ": time to first card",
                Results.spread(first, "%.0f ms"),
                "≤ 300 ms",
                Results.median(first) <= 300,
                "median (min … max) of " + runs.size() + " runs");
        results.add(
                "Cold start " + size + ": board complete ÷ (active pages ÷ rate)",
                Results.spread(ratio, "%.2f×"),
                "≤ 1.00×",
                Results.median(ratio) <= 1.00,
                String.format(
                        Locale.ROOT,
                        "complete after %s; bound = %d active pages ÷ %.0f/s = %.1f s; %d requests until complete,"
                                + " %d answered 429",
                        Results.spread(complete, "%.1f s"),
                        pages,
                        rate,
                        bound,
                        runs.get(0).requestsToComplete(),
                        runs.stream().mapToLong(Run::limited).sum()));
        if (naive != null) {
            List<Double> peer = new ArrayList<>();
            for (int i = 0; i < naive.size(); i++) {
                peer.add(complete.get(i) / naive.get(i));
            }
            results.add(
                    "Cold start " + size + ": board complete ÷ naive sequential pager",
                    Results.spread(peer, "%.2f×"),
                    "—",
                    null,
                    "the naive pager reads the same " + active + " active opportunities one page after another in "
                            + Results.spread(naive, "%.1f s"));
        }
    }

    private static Run once(SandboxServer sandbox, double rate, int burst, ExecutorService background)
            throws Exception {
        restoreBucket(sandbox, rate, burst);
        try (LeverClient client = Boards.client(sandbox.baseUrl(), sandbox.apiKey(), rate, burst);
                Database database = Database.inMemory()) {
            OpportunityCache cache = new OpportunityCache(database);
            long requestsBefore = sandbox.stats().requests();
            long limitedBefore = sandbox.stats().tooManyRequests();
            BoardViewModel board = Fx.call(() -> Boards.board(client, cache, "cold", background));
            long start = System.nanoTime();
            Fx.call(() -> {
                board.load();
                return null;
            });
            long firstCard = Fx.waitFor(() -> Boards.anyCard(board), 60);
            long done = Fx.waitFor(() -> board.getStatus() == LoadStatus.LOADED, 300);
            long requests = sandbox.stats().requests() - requestsBefore;
            int active = Fx.call(board::loadedCount);
            // The archived part goes on in the background; let it finish before the next run.
            waitUntilQuiet(sandbox);
            return new Run(
                    (firstCard - start) / 1e6,
                    (done - start) / 1e9,
                    active,
                    requests,
                    sandbox.stats().tooManyRequests() - limitedBefore);
        }
    }

    /** Waits until the sandbox has heard no request for a second. */
    static void waitUntilQuiet(SandboxServer sandbox) throws InterruptedException {
        long seen = -1;
        while (sandbox.stats().requests() != seen) {
            seen = sandbox.stats().requests();
            Thread.sleep(1_000);
        }
    }

    /** Lets the sandbox's bucket fill up again, so each run starts as a fresh start would. */
    static void restoreBucket(SandboxServer sandbox, double rate, int burst) throws InterruptedException {
        Thread.sleep((long) (burst / rate * 1000) + 500);
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }
}
