package io.stageboard.service.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.NewAttachments;
import io.stageboard.api.NewOpportunity;
import io.stageboard.api.Upload;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.service.outbox.ActivityEntry;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.CreateCandidate;
import io.stageboard.store.ItemState;
import io.stageboard.testing.OutboxFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A create from a résumé alone (parse on, no name, no email typed) that was in flight when the app stopped: the search
 * by email or name has nothing to go on, so it is looked for by its résumé, and held for the user when that cannot
 * settle it. Against the sandbox over HTTP and a real SQLite file, reopened as a new start would.
 */
class ParsedCreateRecoveryTest {

    private static final String CV = "Grace Hopper\ngrace@example.com\n+1 555 0100\n";

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private OutboxFixture fx;
    private Path resume;
    private long job;

    @BeforeEach
    void start() throws Exception {
        fx = new OutboxFixture(SandboxOptions.defaults().withSize(20).withSeed(6), home.resolve("data"));
        resume = Files.writeString(dir.resolve("grace.txt"), CV, StandardCharsets.UTF_8);
        CreateCandidate command = new CreateCandidate(
                NewOpportunity.named("", List.of()),
                List.of(new CreateCandidate.File(resume.toString(), "grace.txt", "text/plain", true)),
                true,
                fx.actingUser,
                System.currentTimeMillis(),
                null);
        job = fx.worker(Runnable::run)
                .enqueue(
                        command,
                        List.of(new BulkTarget(CreateCandidate.NEW, "the candidate from grace.txt", null)),
                        null);
        fx.outbox.markSending(job, 0);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** Stops the app (the journal says the create was being sent), starts it again and resumes the job. */
    private List<Object> restartAndResume() {
        fx.db.close();
        fx.reopen();
        fx.worker(Runnable::run).open(job).start().completion().join();
        return fx.outbox.items(job).stream()
                .map(i -> List.<Object>of(i.state(), String.valueOf(i.message())))
                .toList()
                .get(0);
    }

    private void createdByLever(NewOpportunity candidate, Upload upload) {
        fx.client
                .attachments()
                .createOpportunity(
                        candidate, new NewAttachments(upload, List.of(), upload != null, null), fx.actingUser);
    }

    @Test
    void aParsedCreateThatLandedIsFoundByItsResumeAndNotCreatedAgain() {
        // The upload reached Lever, which created the candidate from the résumé; the app stopped before the answer.
        createdByLever(
                NewOpportunity.named("", List.of()),
                new Upload("grace.txt", "text/plain", CV.getBytes(StandardCharsets.UTF_8)));
        int afterCrash = fx.sandbox.data().opportunityCount();

        List<Object> outcome = restartAndResume();

        assertThat(List.of(fx.sandbox.data().opportunityCount(), outcome))
                .isEqualTo(List.of(
                        afterCrash,
                        List.of(
                                ItemState.UNCHANGED,
                                "Already on Lever: the candidate was created before the app stopped; it was not"
                                        + " created again.")));
    }

    @Test
    void aParsedCreateThatCannotBeToldFromOtherNewCandidatesIsHeldWithASentenceAndNotSent() {
        // Someone else adds a candidate meanwhile; ours never reached Lever, but nothing proves it.
        createdByLever(NewOpportunity.named("Ada Lovelace", List.of()), null);
        int afterCrash = fx.sandbox.data().opportunityCount();

        List<Object> outcome = restartAndResume();

        String sentence = "Needs a look: Stageboard cannot tell whether Lever created the candidate from grace.txt"
                + " before the app stopped: the form gave no name or email to look for, and the one candidate created"
                + " since it was sent does not show that résumé (Lever may still be reading it). Look in Lever for a"
                + " candidate created from grace.txt since then before you retry it, or it may be created twice.";
        assertThat(List.of(fx.sandbox.data().opportunityCount(), outcome))
                .isEqualTo(List.of(afterCrash, List.of(ItemState.FAILED, sentence)));
        ActivityEntry logged = new ActivityLog(fx.outbox, fx.client, Runnable::run, ZoneOffset.UTC)
                .entries()
                .join()
                .get(0);
        assertThat(List.of(logged.description(), logged.outcome(), logged.message()))
                .isEqualTo(List.of(
                        "Add candidate the candidate from grace.txt with grace.txt, filled from the résumé",
                        "Needs a look",
                        sentence));
    }

    @Test
    void aParsedCreateIsSentAgainWhenNoCandidateWasCreatedSince() {
        int afterCrash = fx.sandbox.data().opportunityCount();

        List<Object> outcome = restartAndResume();

        assertThat(List.of(fx.sandbox.data().opportunityCount(), outcome))
                .isEqualTo(List.of(afterCrash + 1, List.of(ItemState.SUCCEEDED, "null")));
    }

    @Test
    void aResumedCreateWhoseResumeWasDeletedMeanwhileFailsWithASentenceAndTheJobEnds() throws Exception {
        Files.delete(resume);

        List<Object> outcome = restartAndResume();

        assertThat(outcome.get(0)).isEqualTo(ItemState.FAILED);
        assertThat((String) outcome.get(1))
                .startsWith("Could not read grace.txt again (")
                .endsWith("); it was moved or deleted. Create the candidate again with the file.");
        assertThat(fx.outbox.unfinishedJobs(fx.client.baseUrl())).isEmpty();
    }
}
