package io.stageboard.service.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.CreatedOpportunity;
import io.stageboard.api.LeverClient;
import io.stageboard.api.NewAttachments;
import io.stageboard.api.NewOpportunity;
import io.stageboard.api.Upload;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.outbox.ActivityEntry;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.CreateCandidate;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.store.Database;
import io.stageboard.store.ItemState;
import io.stageboard.store.Outbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating candidates with files through the outbox, against the sandbox over HTTP. */
class CandidateServiceTest {

    private static final String CV = "Grace Hopper\ngrace@example.com\n+1 555 0100\n";

    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private LeverClient client;
    private Database database;
    private OutboxWorker worker;
    private String creator;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(20));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .build();
        database = Database.inMemory();
        worker = new OutboxWorker(
                new Outbox(database, Clock.systemUTC()), client, null, Runnable::run, Clock.systemUTC());
        creator = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
        database.close();
    }

    private CandidateFile resume() throws Exception {
        Path file = Files.writeString(dir.resolve("grace.txt"), CV, StandardCharsets.UTF_8);
        return new CandidateFiles(Runnable::run).read(file, true).join();
    }

    private static NewOpportunity grace(String name) {
        return new NewOpportunity(
                name,
                "",
                "",
                List.of("grace@example.com"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null);
    }

    @Test
    void aCandidateWithAResumeIsCreatedOnceAndJournalled() throws Exception {
        CreatedOpportunity created = new CandidateService(client, worker, Runnable::run, Clock.systemUTC())
                .create(grace("Grace Hopper"), List.of(), resume(), false, creator, share -> {})
                .join();

        String id = created.opportunity().id();
        assertThat(client.attachments().resumes(id).stream()
                        .map(r -> r.file().name())
                        .toList())
                .isEqualTo(List.of("grace.txt"));
        assertThat(worker.outbox().activity(10).stream()
                        .map(r -> List.of(r.description(), r.state().name()))
                        .toList())
                .isEqualTo(List.of(List.of("Add candidate Grace Hopper with grace.txt", "SUCCEEDED")));
    }

    @Test
    void theActivityLogSaysWhichCandidateACreateMadeRatherThanAStateItHas() throws Exception {
        CreatedOpportunity created = new CandidateService(client, worker, Runnable::run, Clock.systemUTC())
                .create(NewOpportunity.named("", List.of()), List.of(), resume(), true, creator, share -> {})
                .join();

        ActivityEntry logged = new ActivityLog(worker.outbox(), client, Runnable::run, ZoneOffset.UTC)
                .entries()
                .join()
                .get(0);
        assertThat(List.of(logged.description(), logged.before(), logged.after(), logged.outcome()))
                .isEqualTo(List.of(
                        "Add candidate the candidate from grace.txt with grace.txt, filled from the résumé",
                        "",
                        "created Grace Hopper (opportunity "
                                + created.opportunity().id() + ")",
                        "Succeeded"));
    }

    @Test
    void aCreateThatLandedBeforeTheAppStoppedIsFoundByEmailNotSentAgain() throws Exception {
        CandidateFile resume = resume();
        long requestedAt = System.currentTimeMillis();
        CreateCandidate command = new CreateCandidate(
                grace("Grace Hopper"),
                List.of(new CreateCandidate.File(resume.path().toString(), "grace.txt", "text/plain", true)),
                false,
                creator,
                requestedAt,
                null);
        long job = worker.enqueue(command, List.of(new BulkTarget(CreateCandidate.NEW, "Grace Hopper", null)), null);
        worker.outbox().markSending(job, 0);
        // The upload reached Lever and Lever created the candidate; then the app stopped before the answer.
        client.attachments()
                .createOpportunity(
                        grace("Grace Hopper"),
                        new NewAttachments(
                                new Upload("grace.txt", "text/plain", CV.getBytes(StandardCharsets.UTF_8)),
                                List.of(),
                                false,
                                null),
                        creator);
        int afterCrash = sandbox.data().opportunityCount();

        worker.open(job).start().completion().join();

        assertThat(sandbox.data().opportunityCount()).isEqualTo(afterCrash);
        assertThat(worker.outbox().items(job).stream()
                        .map(i -> List.of(i.state(), i.message()))
                        .toList())
                .isEqualTo(List.of(List.of(
                        ItemState.UNCHANGED,
                        "Already on Lever: the candidate was created"
                                + " before the app stopped; it was not created again.")));
    }

    @Test
    void aFileOfTheWrongTypeOrTooLargeIsRefusedWithASentenceBeforeAnythingIsSent() throws Exception {
        Path exe = Files.write(dir.resolve("setup.exe"), new byte[] {1});
        Path big = Files.write(dir.resolve("big.pdf"), new byte[(int) CandidateFiles.MAX_BYTES + 1]);
        CandidateFiles files = new CandidateFiles(Runnable::run);

        List<String> messages = List.of(exe, big).stream()
                .map(p -> files.read(p, true)
                        .handle((ok, e) -> e.getCause().getMessage())
                        .join())
                .toList();

        assertThat(messages)
                .isEqualTo(List.of(
                        "setup.exe cannot be attached: a résumé must be a PDF, DOCX or TXT file.",
                        "big.pdf is 10.0 MB; Stageboard uploads files of up to 10.0 MB. Attach a smaller file."));
    }
}
