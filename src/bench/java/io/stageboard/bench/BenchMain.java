package io.stageboard.bench;

import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.sync.SyncService;
import io.stageboard.ui.board.BoardViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark suite: {@code mvn -Pbench verify -DskipTests}. Runs against the in-process sandbox on loopback with
 * Lever's rate limit and a chosen latency, prints a table and writes {@code bench/RESULTS.md}. Stops by itself.
 *
 * <p>Options: {@code --latency-ms N} (200), {@code --rate-limit RPS} (10), {@code --burst N} (20), {@code --bulk N}
 * (1000), {@code --archived-seconds N} (20: how long the large cold start lets archived loading run before it notes
 * the heap again), {@code --only cold,big,search,bulk,warm} (all), {@code --out FILE} (bench/RESULTS.md).
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        int latency = 200;
        double rate = 10;
        int burst = 20;
        int bulk = 1_000;
        Path out = Path.of("bench", "RESULTS.md");
        int archivedSeconds = 20;
        String only = "cold,big,search,bulk,warm";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--latency-ms" -> latency = Integer.parseInt(args[i + 1]);
                case "--rate-limit" -> rate = Double.parseDouble(args[i + 1]);
                case "--burst" -> burst = Integer.parseInt(args[i + 1]);
                case "--bulk" -> bulk = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--archived-seconds" -> archivedSeconds = Integer.parseInt(args[i + 1]);
                case "--only" -> only = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Fx.start();
        ExecutorService background = Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "bench-background");
            t.setDaemon(true);
            return t;
        });
        Results results = new Results();
        String settings = String.format(
                Locale.ROOT,
                "latency %d ms per request, rate limit %.0f/s, burst %d," + " loopback only",
                latency,
                rate,
                burst);
        System.out.println("Machine: " + Results.machine());
        System.out.println("Sandbox: " + settings);
        long started = System.nanoTime();

        List<String> cases = List.of(only.split(","));
        if (cases.contains("cold") || cases.contains("bulk")) {
            try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults()
                    .withSize(10_000)
                    .withSeed(42)
                    .withLatencyMs(latency)
                    .withRateLimit(rate, burst))) {
                if (cases.contains("cold")) {
                    ColdLoadBench.run(sandbox, rate, burst, background, results);
                }
                if (cases.contains("bulk")) {
                    BulkBench.run(sandbox, rate, burst, bulk, background, results);
                }
            }
        }
        if (cases.contains("big")) {
            BigColdBench.run(latency, rate, burst, archivedSeconds, results);
        }
        if (cases.contains("search")) {
            ArchivedSearchBench.run(background, results);
        }

        if (cases.contains("warm")) {
            Path small = WarmBench.tempFolder("10k");
            long active10k = WarmBench.fill(small, 10_000, background);
            BoardViewModel board10k = WarmBench.warmStart(small, active10k, 10_000, results);
            WarmBench.layout(board10k, results);
            board10k = null;

            Path large = WarmBench.tempFolder("50k");
            long active50k = WarmBench.fill(large, 50_000, background);
            BoardViewModel board50k = WarmBench.warmStart(large, active50k, 50_000, results);
            WarmBench.heap(results);
            WarmBench.filters(board50k, results);
            WarmBench.indexOnly(large, results);
        }

        results.note(String.format(Locale.ROOT, "The whole run took %.0f s.", (System.nanoTime() - started) / 1e9));
        results.note("Cold start: the stages and the first page of active opportunities go out at once (the client"
                + " spends all but 4 of Lever's burst of 20 at the start), then each stage's active opportunities are"
                + " paged with "
                + SyncService.PARALLEL_SLICES
                + " slices in flight; the board is complete when every active card is on it. Then the reference"
                + " lists (users, postings, tags, sources, archive reasons), then the archived opportunities into the"
                + " cache's database, "
                + SyncService.ARCHIVED_SLICES
                + " slices in flight through the client's background lane. The bound counts only the active"
                + " opportunity pages; the stages, the first page (whose cards come again in their stage's slice)"
                + " and the partial last page of each stage are extra requests before complete.");
        results.note("Warm start: the cache is an SQLite file on disk; launch = opening the database, reading and"
                + " parsing every cached active opportunity, building the cards, the index and the columns on the FX thread."
                + " The sync with Lever that follows is not part of it.");
        results.note("Search/filter: the board's index (`BoardIndex`) answers the query with bit sets; each column"
                + " then gets its ready-sorted slice of the matching cards in one change.");
        results.write(out, settings);
        System.out.println("Wrote " + out.toAbsolutePath());
        background.shutdownNow();
        System.exit(0);
    }
}
