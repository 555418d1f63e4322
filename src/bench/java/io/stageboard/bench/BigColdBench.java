package io.stageboard.bench;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.moves.StageMoveService;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.sync.SyncService;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.common.LoadStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A cold start of a large account with the client in a child JVM at {@code -Xmx400m}, as a user's app would run, and
 * the sandbox in this one. The child loads the board until it is complete, notes the heap, lets the archived
 * opportunities load in the background for a while, notes the heap again, and prints one {@code RESULT} line.
 */
final class BigColdBench {

    static final String CHILD_HEAP = "-Xmx400m";
    static final int WANTED_SIZE = 500_000;
    static final double WANTED_ARCHIVED_SHARE = 0.95;

    private BigColdBench() {}

    /** The sandbox's options for the large account: as large and as archived as the sandbox can make it. */
    static SandboxOptions options(int latency, double rate, int burst) {
        int size = Math.min(WANTED_SIZE, SandboxOptions.MAX_SIZE);
        return SandboxOptions.defaults()
                .withSize(size)
                .withSeed(42)
                .withLatencyMs(latency)
                .withRateLimit(rate, burst)
                .withArchivedShare(WANTED_ARCHIVED_SHARE);
    }

    static void run(int latency, double rate, int burst, int archivedSeconds, Results results) throws Exception {
        SandboxOptions options = options(latency, rate, burst);
        List<ColdLoadBench.Run> runs = new ArrayList<>();
        List<String> heaps = new ArrayList<>();
        int size;
        long archived;
        try (SandboxServer sandbox = SandboxServer.start(options)) {
            size = sandbox.data().opportunityCount();
            archived = sandbox.data().opportunities().stream()
                    .filter(o -> o.isArchived() && o.confidentiality().equals("non-confidential"))
                    .count();
            for (int i = 0; i < ColdLoadBench.REPEATS; i++) {
                ColdLoadBench.restoreBucket(sandbox, rate, burst);
                long requestsBefore = sandbox.stats().requests();
                long limitedBefore = sandbox.stats().tooManyRequests();
                long[] requestsAtComplete = {-1};
                String[] result = child(
                        sandbox,
                        rate,
                        burst,
                        archivedSeconds,
                        () -> requestsAtComplete[0] = sandbox.stats().requests());
                // RESULT firstCardMs completeSeconds active heapAtCompleteMb heapAfterMb loaded
                runs.add(new ColdLoadBench.Run(
                        Double.parseDouble(result[1]),
                        Double.parseDouble(result[2]),
                        Integer.parseInt(result[3]),
                        requestsAtComplete[0] - requestsBefore,
                        sandbox.stats().tooManyRequests() - limitedBefore));
                heaps.add(result[4] + " MB at complete, " + result[5] + " MB after " + archivedSeconds
                        + " s of archived loading (" + result[6] + " archived in the cache)");
                ColdLoadBench.waitUntilQuiet(sandbox);
            }
        }
        String label = String.format(Locale.ROOT, "%,d", size);
        ColdLoadBench.report(runs, null, rate, label, results);
        results.add(
                "Cold start " + label + ": heap of the client at " + CHILD_HEAP,
                heaps.get(heaps.size() / 2).split(",")[0],
                "loads at -Xmx400m",
                true,
                "used heap after a full GC, in the child JVM; runs: " + String.join("; ", heaps) + ". The account has "
                        + archived + " archived of " + size
                        + (size < WANTED_SIZE
                                ? " (the sandbox serves at most " + SandboxOptions.MAX_SIZE
                                        + " opportunities until the big sandbox lands: this is the large case at the"
                                        + " size that exists, not at 500,000)"
                                : ""));
    }

    private static String[] child(
            SandboxServer sandbox, double rate, int burst, int archivedSeconds, Runnable onComplete) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        CHILD_HEAP,
                        "-cp",
                        System.getProperty("java.class.path"),
                        BigColdBench.class.getName(),
                        sandbox.baseUrl(),
                        sandbox.apiKey(),
                        Double.toString(rate),
                        Integer.toString(burst),
                        Integer.toString(archivedSeconds))
                .redirectErrorStream(true)
                .start();
        String[] result = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("COMPLETE")) {
                    onComplete.run();
                } else if (line.startsWith("RESULT ")) {
                    result = line.split(" ");
                } else if (line.contains("Exception") || line.contains("Error")) {
                    System.out.println("child: " + line);
                }
            }
        }
        process.waitFor();
        if (result == null) {
            throw new IllegalStateException("The child JVM gave no result (exit " + process.exitValue() + ")");
        }
        return result;
    }

    /** The child: {@code baseUrl key rate burst archivedSeconds}. */
    public static void main(String[] args) throws Exception {
        Fx.start();
        ExecutorService background = Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "bench-background");
            t.setDaemon(true);
            return t;
        });
        Path folder = Files.createTempDirectory("stageboard-big");
        LeverClient client = Boards.client(args[0], args[1], Double.parseDouble(args[2]), Integer.parseInt(args[3]));
        Database database = Database.open(folder);
        SyncService sync =
                new SyncService(client, new OpportunityCache(database), "big", background, Clock.systemUTC());
        BoardViewModel board = Fx.call(() -> new BoardViewModel(
                sync,
                new StageMoveService(OutboxWorker.inMemory(client, null, background), background),
                Fx.UI,
                new Boards.SilentNotifier(),
                Clock.systemUTC()));
        long start = System.nanoTime();
        Fx.call(() -> {
            board.load();
            return null;
        });
        long firstCard = Fx.waitFor(() -> Boards.anyCard(board), 120);
        long done = Fx.waitFor(() -> board.getStatus() == LoadStatus.LOADED, 600);
        // The parent reads the sandbox's request count when it reads this line.
        System.out.println("COMPLETE");
        System.out.flush();
        int active = Fx.call(board::loadedCount);
        long heapAtComplete = usedAfterGc();
        Thread.sleep(Integer.parseInt(args[4]) * 1000L);
        long heapAfter = usedAfterGc();
        int loaded = sync.archivedProgress().join().loaded();
        System.out.printf(
                Locale.ROOT,
                "RESULT %.1f %.3f %d %d %d %d%n",
                (firstCard - start) / 1e6,
                (done - start) / 1e9,
                active,
                heapAtComplete,
                heapAfter,
                loaded);
        System.out.flush();
        System.exit(0);
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
