package io.stageboard.ui.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.candidates.CandidateService;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new-candidate form with a résumé, "Fill from résumé" on and off, against the sandbox over HTTP. */
class NewCandidateResumeTest {

    private static final String CV = "Grace Hopper\nRear admiral, compiler pioneer\ngrace@example.com\n"
            + "+1 555 0100\nhttps://example.com/grace\n";

    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private LeverClient client;
    private NewCandidateViewModel form;
    private Path resume;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(30).withSeed(5));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .maxAttempts(1)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .build();
        Executor now = Runnable::run;
        String actAs = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
        form = new NewCandidateViewModel(
                new PipelineService(client, now),
                new CandidateService(client, now),
                actAs,
                UiExecutor.direct(),
                new RecordingNotifier());
        form.load();
        resume = Files.writeString(dir.resolve("grace.txt"), CV);
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private SandboxModel.Opportunity newest() {
        return sandbox.data().opportunities().stream()
                .max((a, b) -> Long.compare(a.createdAt(), b.createdAt()))
                .orElseThrow();
    }

    @Test
    void withParseOnAnEmptyNameIsAllowedAndTheFormSaysWhatLeverFilled() {
        form.attachments().attachResume(resume);
        assertThat(form.problems()).isEmpty();

        form.create();

        assertThat(form.resultProperty().get())
                .isEqualTo("Created Grace Hopper in New lead. Lever filled from the"
                        + " résumé: name Grace Hopper; email grace@example.com; phone +1 555 0100; link"
                        + " https://example.com/grace.");
        SandboxModel.Opportunity created = newest();
        assertThat(List.of(created.name(), created.emails()))
                .isEqualTo(List.of("Grace Hopper", List.of("grace@example.com")));
        assertThat(client.attachments().resumes(created.id()).stream()
                        .map(r -> r.file().name())
                        .toList())
                .isEqualTo(List.of("grace.txt"));
        assertThat(form.attachments().resumeProperty().get()).isNull();
    }

    @Test
    void withParseOffTheNameIsRequiredAndNothingIsFilled() {
        form.attachments().attachResume(resume);
        form.attachments().parseProperty().set(false);
        assertThat(form.problems()).isEqualTo(List.of("Enter the candidate's name."));

        form.nameProperty().set("G. Hopper");
        form.create();

        assertThat(form.resultProperty().get()).isEqualTo("Created G. Hopper in New lead.");
        SandboxModel.Opportunity created = newest();
        assertThat(List.of(created.name(), created.emails())).isEqualTo(List.of("G. Hopper", List.of()));
    }

    @Test
    void aFailedUploadKeepsTheFormAsItWas() {
        form.attachments().attachResume(resume);
        form.nameProperty().set("Grace Hopper");
        sandbox.faults().next("POST", "/opportunities", Fault.status(500));
        int before = sandbox.data().opportunityCount();

        form.create();

        assertThat(sandbox.data().opportunityCount()).isEqualTo(before);
        assertThat(List.of(
                        form.nameProperty().get(),
                        form.attachments().resumeProperty().get().name(),
                        form.attachments().progressProperty().get()))
                .isEqualTo(List.of("Grace Hopper", "grace.txt", -1.0));
        assertThat(form.resultProperty().get())
                .startsWith("Could not create Grace Hopper: ")
                .endsWith(" Your entries and files are still in the form.");
    }

    @Test
    void aFileOfAnotherTypeIsNotAttachedAsAResume() throws Exception {
        Path zip = Files.write(dir.resolve("grace.zip"), new byte[] {80, 75});

        form.attachments().drop(List.of(zip));

        assertThat(List.of(
                        form.attachments().messageProperty().get(),
                        form.attachments().files()))
                .isEqualTo(List.of(
                        "grace.zip cannot be attached: attach a PDF, DOCX, DOC, RTF, ODT, TXT, PNG or JPG" + " file.",
                        List.of()));
    }
}
