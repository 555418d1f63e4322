package io.stageboard.service.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.OutboxFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity log read from the journal, and its CSV export. */
class ActivityLogTest {

    @TempDir
    Path home;

    private OutboxFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new OutboxFixture(SandboxOptions.defaults().withSize(80).withSeed(3), home);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void everyWriteIsLoggedWithWhoBeforeAfterAndOutcome() throws Exception {
        List<BulkTarget> targets = fx.activeTargets(10).stream()
                .filter(t -> !t.snapshot().tags().contains("Needs, \"review\""))
                .limit(2)
                .toList();
        fx.sandbox.faults().next("POST", "/opportunities/" + targets.get(1).id() + "/addTags", Fault.status(400));
        ManualExecutor steps = new ManualExecutor();
        var started = new BulkService(fx.worker(steps), steps)
                .start(ChangeTags.adding(List.of("Needs, \"review\"")), targets, JobListener.none());
        steps.runAll();
        started.join().completion().join();
        ActivityLog log = new ActivityLog(fx.outbox, fx.client, steps, ZoneOffset.UTC);
        String actorName = fx.sandbox.data().user(fx.actingUser).orElseThrow().name();

        var read = log.entries();
        steps.runAll();
        List<ActivityEntry> entries = read.join();

        BulkTarget ok = targets.get(0);
        assertThat(entries).hasSize(2);
        ActivityEntry succeeded = entries.stream()
                .filter(e -> e.outcome().equals("Succeeded"))
                .findFirst()
                .orElseThrow();
        assertThat(succeeded)
                .isEqualTo(new ActivityEntry(
                        succeeded.at(),
                        actorName,
                        "Add tag \"Needs, \"review\"\" to " + ok.name(),
                        ok.snapshot().tags().isEmpty()
                                ? "no tags"
                                : "tags: " + String.join(", ", ok.snapshot().tags()),
                        "tags: " + String.join(", ", fx.onLever(ok.id()).tags()),
                        "Succeeded",
                        "",
                        started.join().job().id()));
        ActivityEntry failed = entries.stream()
                .filter(e -> e.outcome().equals("Failed"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.after()).isEmpty();
        assertThat(failed.message()).startsWith("Lever refused the request");
    }

    @Test
    void theCsvQuotesCommasQuotesAndLineBreaksAndGivesTimesInTheLogsZone() throws Exception {
        ActivityLog log = new ActivityLog(fx.outbox, fx.client, Runnable::run, ZoneOffset.ofHours(2));
        List<ActivityEntry> rows = List.of(
                new ActivityEntry(
                        Instant.parse("2026-03-01T09:30:00Z"),
                        "Ada Lovelace",
                        "Add tag Needs, \"review\" to Grace Hopper",
                        "tags: Python",
                        "tags: Python, Needs, \"review\"",
                        "Succeeded",
                        "",
                        7),
                new ActivityEntry(
                        Instant.parse("2026-03-01T09:31:05.250Z"),
                        "Ada Lovelace",
                        "Move Alan Turing to On-site",
                        "stage: Lead",
                        "",
                        "Failed",
                        "Lever refused the request:\nstage unknown.",
                        8));
        Path csv = home.resolve("activity.csv");

        log.exportCsv(rows, csv).join();

        assertThat(Files.readString(csv, StandardCharsets.UTF_8))
                .isEqualTo(""
                        + "When,Who,What,Before,After,Outcome,Message,Job\r\n"
                        + "2026-03-01T11:30:00+02:00,Ada Lovelace,\"Add tag Needs, \"\"review\"\" to Grace Hopper\","
                        + "tags: Python,\"tags: Python, Needs, \"\"review\"\"\",Succeeded,,7\r\n"
                        + "2026-03-01T11:31:05.25+02:00,Ada Lovelace,Move Alan Turing to On-site,stage: Lead,,Failed,"
                        + "\"Lever refused the request:\nstage unknown.\",8\r\n");
    }
}
