package io.stageboard.bench;

import atlantafx.base.theme.PrimerLight;
import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.sync.BoardIndex;
import io.stageboard.service.sync.BoardQuery;
import io.stageboard.service.sync.SyncListener;
import io.stageboard.service.sync.SyncService;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import io.stageboard.ui.board.BoardView;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.board.CardModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** 2, 4, 5: warm starts from the cache, search and filter latency, heap, and laying out a board headless. */
final class WarmBench {

    private WarmBench() {}

    /** Fills an on-disk cache with {@code size} opportunities from a sandbox without limits, then closes it. */
    static long fill(Path folder, int size, ExecutorService background) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(
                        SandboxOptions.defaults().withSize(size).withSeed(42));
                LeverClient client = Boards.client(sandbox.baseUrl(), sandbox.apiKey(), 1_000, 1_000);
                Database database = Database.open(folder)) {
            new SyncService(client, new OpportunityCache(database), "warm", background, Clock.systemUTC())
                    .sync(false, new SyncListener() {
                        @Override
                        public void changed(List<Opportunity> opportunities) {}

                        @Override
                        public void removed(Collection<String> ids) {}
                    })
                    .join();
            return sandbox.data().opportunities().stream()
                    .filter(o -> !o.isArchived() && o.confidentiality().equals("non-confidential"))
                    .count();
        }
    }

    /** Opens a board on the cache in {@code folder}; Lever is never asked (the sync that follows is held back). */
    static BoardViewModel warmStart(Path folder, long activeExpected, int size, Results results) throws Exception {
        Database database = Database.open(folder);
        // Closed at once: a request would fail, and the executor below never runs the sync anyway.
        LeverClient client = Boards.client("http://127.0.0.1:9/v1", "bench", 10, 20);
        client.close();
        BoardViewModel board =
                Fx.call(() -> Boards.board(client, new OpportunityCache(database), "warm", firstTaskOnly()));
        long start = System.nanoTime();
        Fx.call(() -> {
            board.load();
            return null;
        });
        long done = Fx.waitFor(() -> Boards.shown(board) == activeExpected, 120);
        double seconds = (done - start) / 1e9;
        // Issue 18's target is for 50,000; the 10,000 case keeps the first wave's 2 s.
        double target = size >= 50_000 ? 1.0 : 2.0;
        results.add(
                String.format(Locale.ROOT, "Warm start: launch to full board, %,d", size),
                String.format(Locale.ROOT, "%.2f s", seconds),
                String.format(Locale.ROOT, "≤ %.1f s", target),
                seconds <= target,
                activeExpected + " active cards shown (of " + size + " cached; the archived ones stay in the"
                        + " database)");
        return board;
    }

    /** Runs the first task on its own thread (the cache read) and drops the rest (the sync with Lever). */
    private static Executor firstTaskOnly() {
        AtomicBoolean used = new AtomicBoolean();
        return task -> {
            if (used.compareAndSet(false, true)) {
                Thread t = new Thread(task, "bench-cache-read");
                t.setDaemon(true);
                t.start();
            }
        };
    }

    /** Types into the search box and flips filters, timing each change until every column is up to date. */
    static void filters(BoardViewModel board, Results results) {
        List<String> names = Fx.call(
                () -> board.allCards().stream().limit(40).map(CardModel::name).toList());
        List<String> tags = Fx.call(() -> board.allCards().stream()
                .flatMap(c -> c.tags().stream())
                .distinct()
                .limit(6)
                .toList());
        List<String> owners = Fx.call(() -> board.allCards().stream()
                .map(CardModel::ownerId)
                .filter(Objects::nonNull)
                .distinct()
                .limit(6)
                .toList());
        List<Runnable> steps = new ArrayList<>();
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (int i = 1; i <= Math.min(6, lower.length()); i++) {
                String typed = lower.substring(0, i);
                steps.add(() -> board.filters().searchTextProperty().set(typed));
            }
            steps.add(() -> board.filters().searchTextProperty().set(""));
        }
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String owner = owners.get(i % owners.size());
            steps.add(() -> board.filters().tagProperty().set(tag));
            steps.add(() -> board.filters().ownerIdProperty().set(owner));
            steps.add(() -> board.filters().showArchivedProperty().set(true));
            steps.add(() -> board.filters().showArchivedProperty().set(false));
            steps.add(() -> board.filters().ownerIdProperty().set(null));
            steps.add(() -> board.filters().tagProperty().set(null));
        }
        int warmup = 30;
        double[] millis = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            Runnable step = steps.get(i);
            millis[i] = Fx.call(() -> {
                long t0 = System.nanoTime();
                step.run();
                Boards.shown(board);
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        double[] measured = Arrays.copyOfRange(millis, warmup, millis.length);
        Arrays.sort(measured);
        double p50 = measured[measured.length / 2];
        double p99 = measured[(int) Math.ceil(measured.length * 0.99) - 1];
        results.add(
                "Search/filter at 50,000: p50",
                String.format(Locale.ROOT, "%.1f ms", p50),
                "—",
                null,
                measured.length + " keystrokes and filter changes after " + warmup + " warm-up ones");
        results.add(
                "Search/filter at 50,000: p99",
                String.format(Locale.ROOT, "%.1f ms", p99),
                "≤ 8 ms",
                p99 <= 8,
                String.format(
                        Locale.ROOT,
                        "worst %.1f ms; time until every column's list is updated on"
                                + " the FX thread (the cells redraw in the next pulse)",
                        measured[measured.length - 1]));
    }

    /** The index's own answer time for the same kind of queries, without the columns' list updates. */
    static void indexOnly(Path folder, Results results) throws Exception {
        List<Opportunity> all;
        try (Database database = Database.open(folder)) {
            all = new SyncService(null, new OpportunityCache(database), "warm", Runnable::run, Clock.systemUTC())
                    .loadCached()
                    .join()
                    .orElseThrow()
                    .opportunities();
        }
        BoardIndex index = new BoardIndex();
        index.putAll(all);
        List<BoardQuery> queries = new ArrayList<>();
        for (Opportunity o : all.subList(0, 60)) {
            String name = o.name() == null ? "" : o.name().toLowerCase(Locale.ROOT);
            for (int i = 1; i <= Math.min(6, name.length()); i++) {
                queries.add(new BoardQuery(false, null, null, null, null, null, name.substring(0, i)));
            }
            queries.add(new BoardQuery(
                    true, o.postingId(), o.tags().isEmpty() ? null : o.tags().get(0), null, o.origin(), o.owner(), ""));
        }
        double[] millis = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            index.match(queries.get(i)).size();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] measured = Arrays.copyOfRange(millis, 30, millis.length);
        Arrays.sort(measured);
        results.add(
                "Index answer alone at 50,000: p50 / p99",
                String.format(
                        Locale.ROOT,
                        "%.2f / %.2f ms",
                        measured[measured.length / 2],
                        measured[(int) Math.ceil(measured.length * 0.99) - 1]),
                "—",
                null,
                measured.length
                        + " queries on `BoardIndex` (bit sets per filter, one indexOf scan of all search texts)");
    }

    /** Heap in use with the 50,000-card board loaded, after full collections. */
    static void heap(Results results) throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long used = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        results.add(
                "Heap in use after loading 50,000",
                used + " MB",
                "≤ 400 MB",
                used <= 400,
                "whole JVM after GC: board, index, JavaFX toolkit and benchmark");
    }

    /** Lays out the board's window headless and reports how long the first layout took. */
    static void layout(BoardViewModel board, Results results) {
        double millis = Fx.call(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            long t0 = System.nanoTime();
            BoardView view = new BoardView(board);
            Scene scene = new Scene(view, 1600, 900);
            scene.getStylesheets()
                    .add(Objects.requireNonNull(BoardView.class.getResource("/io/stageboard/ui/stageboard.css"))
                            .toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            view.applyCss();
            view.layout();
            double took = (System.nanoTime() - t0) / 1e6;
            stage.close();
            return took;
        });
        int cards = Fx.call(() -> Boards.shown(board));
        results.add(
                "Layout of a 10,000-card board, headless",
                String.format(Locale.ROOT, "%.0f ms", millis),
                "—",
                null,
                cards + " cards in the columns; Monocle headless, software renderer, 1600×900; columns are"
                        + " virtualised, so only visible cards get cells");
    }

    /** A fresh folder for a case's cache, deleted when the benchmark ends (the search case's is over a gigabyte). */
    static Path tempFolder(String name) throws Exception {
        Path folder = Files.createTempDirectory("stageboard-bench-" + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        return folder;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }
}
