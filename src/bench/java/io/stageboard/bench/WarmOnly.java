package io.stageboard.bench;

import io.stageboard.ui.board.BoardViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The warm-start and search/filter part of the benchmark alone, for iterating on the board: fills (or reuses) caches
 * of 10,000 and 50,000 opportunities in {@code --cache DIR} and prints the table rows; writes no file.
 */
public final class WarmOnly {

    private WarmOnly() {}

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args.length >= 2 && args[0].equals("--cache") ? args[1] : "target/warm-cache");
        Fx.start();
        ExecutorService background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "bench-background");
            t.setDaemon(true);
            return t;
        });
        Results results = new Results();
        Path small = cache.resolve("10k");
        long active10k = filled(small, 10_000, background);
        WarmBench.warmStart(small, active10k, 10_000, results);
        Path large = cache.resolve("50k");
        long active50k = filled(large, 50_000, background);
        BoardViewModel board50k = WarmBench.warmStart(large, active50k, 50_000, results);
        WarmBench.filters(board50k, results);
        WarmBench.indexOnly(large, results);
        background.shutdownNow();
        System.exit(0);
    }

    /** A filled cache: made once, then reused with the active count it noted. */
    private static long filled(Path folder, int size, ExecutorService background) throws Exception {
        Path count = folder.resolve("active.txt");
        if (Files.exists(count)) {
            return Long.parseLong(Files.readString(count).strip());
        }
        Files.createDirectories(folder);
        long active = WarmBench.fill(folder, size, background);
        Files.writeString(count, Long.toString(active));
        return active;
    }
}
