package io.stageboard.bench;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.sync.BoardQuery;
import io.stageboard.service.sync.SyncListener;
import io.stageboard.service.sync.SyncService;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;

/**
 * Search among 500,000 opportunities, archived included: the archived ones are searched in the cache's FTS5 index
 * ({@link SyncService#archived}), the newest 500 matches read and parsed. The cache is filled from the largest
 * sandbox the build has, then its archived rows are copied under new ids until the account holds 500,000.
 */
final class ArchivedSearchBench {

    static final int TARGET = 500_000;
    /** As many as the board asks for (BoardSync.ARCHIVED_LIMIT). */
    static final int LIMIT = 500;

    private static final long COPY_STEP = 100_000_000_000_000L;

    private ArchivedSearchBench() {}

    static void run(ExecutorService background, Results results) throws Exception {
        Path folder = WarmBench.tempFolder("archived");
        // A 50,000 account synced over HTTP, its archived rows copied up to 500,000: syncing 500,000 through the
        // sandbox would take minutes and measure the load, not the search.
        int size = 50_000;
        List<String> names = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (SandboxServer sandbox = SandboxServer.start(
                        SandboxOptions.defaults().withSize(size).withSeed(42));
                LeverClient client = Boards.client(sandbox.baseUrl(), sandbox.apiKey(), 1_000, 1_000);
                Database database = Database.open(folder)) {
            new SyncService(client, new OpportunityCache(database), "search", background, Clock.systemUTC())
                    .sync(false, new SyncListener() {
                        @Override
                        public void changed(List<Opportunity> opportunities) {}

                        @Override
                        public void removed(Collection<String> ids) {}
                    })
                    .join();
            sandbox.data().opportunities().stream()
                    .filter(SandboxModel.Opportunity::isArchived)
                    .map(SandboxModel.Opportunity::name)
                    .filter(n -> n.matches("[A-Za-z]+ [A-Za-z]+"))
                    .distinct()
                    .limit(40)
                    .forEach(names::add);
            tags.addAll(sandbox.data().tagCounts().keySet().stream().limit(5).toList());
        }
        int[] counts = copyArchived(folder);
        try (Database database = Database.open(folder)) {
            SyncService sync =
                    new SyncService(null, new OpportunityCache(database), "search", Runnable::run, Clock.systemUTC());
            List<BoardQuery> queries = queries(names, tags);
            for (int i = 0; i < 20; i++) {
                sync.archived(queries.get(i), LIMIT).join();
            }
            List<Double> p99 = new ArrayList<>();
            List<Double> p50 = new ArrayList<>();
            for (int round = 0; round < ColdLoadBench.REPEATS; round++) {
                double[] ms = new double[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    long start = System.nanoTime();
                    sync.archived(queries.get(i), LIMIT).join();
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(ms);
                p50.add(ms[ms.length / 2]);
                p99.add(ms[(int) Math.ceil(ms.length * 0.99) - 1]);
            }
            String what = String.format(
                    Locale.ROOT,
                    "%,d opportunities cached (%,d active on the heap side, %,d archived in SQLite: the %,d archived"
                            + " of a %,d sandbox copied under new ids); %d keystrokes and filter changes per run",
                    counts[0] + counts[1],
                    counts[0],
                    counts[1],
                    counts[2],
                    size,
                    queries.size());
            results.add("Search among 500,000: archived answer p50", Results.spread(p50, "%.1f ms"), "—", null, what);
            results.add(
                    "Search among 500,000: archived answer p99",
                    Results.spread(p99, "%.1f ms"),
                    "≤ 50 ms",
                    Results.median(p99) <= 50,
                    "FTS5 count and newest " + LIMIT + " matches read and parsed, off the FX thread; the active"
                            + " cards' part is the board index's (see the filter rows)");
        }
    }

    /** Keystrokes typing each name from its second letter on, and a few filter changes with and without search. */
    private static List<BoardQuery> queries(List<String> names, List<String> tags) {
        List<BoardQuery> queries = new ArrayList<>();
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (int n = 2; n <= lower.length(); n++) {
                queries.add(new BoardQuery(true, null, null, null, null, null, lower.substring(0, n)));
            }
        }
        Random random = new Random(7);
        for (String tag : tags) {
            queries.add(new BoardQuery(true, null, tag, null, null, null, ""));
            String name = names.get(random.nextInt(names.size())).toLowerCase(Locale.ROOT);
            queries.add(new BoardQuery(true, null, tag, null, null, null, name.substring(0, 3)));
        }
        return queries;
    }

    /** Copies the archived rows under new ids until the account holds {@link #TARGET}; returns active, archived. */
    private static int[] copyArchived(Path folder) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
                Statement s = c.createStatement()) {
            int active = count(s, "SELECT count(*) FROM cache_opportunities");
            int archived = count(s, "SELECT count(*) FROM cache_archived");
            int copies = (int) Math.ceil((TARGET - active - archived) / (double) archived);
            c.setAutoCommit(false);
            s.execute("CREATE TEMP TABLE orig AS SELECT rowid AS r, account, id, gen, json FROM cache_archived");
            s.execute("CREATE TEMP TABLE origfts AS SELECT rowid AS r, text, facets FROM cache_archived_fts");
            for (int k = 1; k <= copies; k++) {
                long shift = k * COPY_STEP;
                s.execute("INSERT INTO cache_archived(rowid, account, id, gen, json) SELECT r - " + shift
                        + ", account, id || '-copy" + k + "', gen, json FROM orig");
                s.execute("INSERT INTO cache_archived_fts(rowid, text, facets) SELECT r - " + shift
                        + ", text, facets FROM origfts");
            }
            c.commit();
            return new int[] {active, count(s, "SELECT count(*) FROM cache_archived"), archived};
        }
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
