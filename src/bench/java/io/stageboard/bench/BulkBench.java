package io.stageboard.bench;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.ChangeTags;
import io.stageboard.service.outbox.JobListener;
import io.stageboard.service.outbox.JobReport;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.store.Database;
import io.stageboard.store.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/** 3. Tagging 1,000 opportunities through the bulk engine and its outbox, against requests ÷ rate. */
final class BulkBench {

    private BulkBench() {}

    static void run(
            SandboxServer sandbox, double rate, int burst, int count, ExecutorService background, Results results)
            throws Exception {
        try (LeverClient client = Boards.client(sandbox.baseUrl(), sandbox.apiKey(), rate, burst);
                Database database = Database.inMemory()) {
            var pager = client.opportunities(
                    OpportunityQuery.builder().archived(false).build());
            List<Opportunity> targets = new ArrayList<>();
            while (targets.size() < count && pager.hasMore()) {
                targets.addAll(pager.nextPage().items());
            }
            List<BulkTarget> chosen =
                    targets.stream().limit(count).map(BulkTarget::of).toList();
            // The listing above spent permits of the sandbox's bucket; let it refill so the job starts fresh.
            Thread.sleep(2_500);
            OutboxWorker worker = new OutboxWorker(
                    new Outbox(database, Clock.systemUTC()), client, null, background, Clock.systemUTC());
            BulkService bulk = new BulkService(worker, background);
            long requestsBefore = sandbox.stats().requests();
            long limitedBefore = sandbox.stats().tooManyRequests();
            long start = System.nanoTime();
            JobReport report = bulk.start(new ChangeTags(List.of("Benchmark"), List.of()), chosen, JobListener.none())
                    .thenCompose(run -> run.completion())
                    .join();
            double seconds = (System.nanoTime() - start) / 1e9;
            long requests = sandbox.stats().requests() - requestsBefore;
            long limited = sandbox.stats().tooManyRequests() - limitedBefore;
            double bound = requests / rate;
            results.add(
                    "Bulk-tag " + chosen.size() + ": total ÷ bound",
                    String.format(Locale.ROOT, "%.2f× (%.1f s / %.1f s)", seconds / bound, seconds, bound),
                    "≤ 1.10×",
                    seconds / bound <= 1.10,
                    String.format(
                            Locale.ROOT,
                            "bound = %d requests ÷ %.0f/s; %s; %d answered 429",
                            requests,
                            rate,
                            report.summary(),
                            limited));
        }
    }
}
