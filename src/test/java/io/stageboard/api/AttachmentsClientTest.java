package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttachmentsClientTest {

    private static final byte[] CV = ("Grace Hopper\ngrace@example.com\n+1 555 0100\nhttps://example.com/grace\n")
            .getBytes(StandardCharsets.UTF_8);

    private SandboxServer sandbox;
    private LeverClient client;
    private String creator;

    @BeforeEach
    void start() {
        sandbox = Sandboxes.start(SandboxOptions.defaults().withSize(20));
        client = Sandboxes.clientFor(sandbox).build();
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
    }

    private static NewOpportunity named(String name, List<String> emails) {
        return new NewOpportunity(
                name, "", "", emails, List.of(), List.of(), List.of(), List.of(), null, null, null, null);
    }

    @Test
    void aCreateWithAResumeListsItAndDownloadsTheSameBytes() {
        Upload resume = new Upload("grace.txt", "text/plain", CV);
        Upload portfolio = new Upload("portfolio.pdf", "application/pdf", new byte[] {37, 80, 68, 70, 1, 2, 3});
        List<Long> progress = new ArrayList<>();

        CreatedOpportunity created = client.attachments()
                .createOpportunity(
                        named("Grace Hopper", List.of("grace@example.com")),
                        new NewAttachments(resume, List.of(portfolio), false, progress::add),
                        creator);

        String id = created.opportunity().id();
        LeverAttachments files = client.attachments();
        List<Resume> resumes = files.resumes(id);
        assertThat(resumes).extracting(r -> r.file().name()).containsExactly("grace.txt");
        assertThat(files.files(id)).extracting(LeverFile::name).containsExactly("portfolio.pdf");
        assertThat(files.downloadResume(id, resumes.get(0).id())).isEqualTo(CV);
        assertThat(files.downloadFile(id, files.files(id).get(0).id())).isEqualTo(portfolio.bytes());
        assertThat(progress).isNotEmpty();
    }

    @Test
    void parseFillsWhatTheFormLeftEmpty() {
        CreatedOpportunity created = client.attachments()
                .createOpportunity(
                        named("", List.of()),
                        new NewAttachments(new Upload("grace.txt", "text/plain", CV), List.of(), true, null),
                        creator);

        Opportunity o = created.opportunity();
        assertThat(List.of(o.name(), o.emails())).isEqualTo(List.of("Grace Hopper", List.of("grace@example.com")));
    }

    @Test
    void aFileUploadedToAnExistingCandidateIsListedWithItsBytes() {
        String id = sandbox.data().opportunities().get(0).id();
        Upload note = new Upload("references.txt", "text/plain", "Ask Ada.".getBytes(StandardCharsets.UTF_8));

        LeverFile stored = client.attachments().upload(id, note, false, creator, null);

        assertThat(client.attachments().files(id)).containsExactly(stored);
        assertThat(client.attachments().downloadFile(id, stored.id())).isEqualTo(note.bytes());
    }

    @Test
    void aMultipartCreateWhoseAnswerWasLostIsFoundByEmailNotRepeated() {
        sandbox.faults().next("POST", "/opportunities", Fault.applyThenDrop());
        int before = sandbox.data().opportunityCount();

        CreatedOpportunity created = client.attachments()
                .createOpportunity(
                        named("Grace Hopper", List.of("grace@example.com")),
                        new NewAttachments(new Upload("grace.txt", "text/plain", CV), List.of(), false, null),
                        creator);

        assertThat(sandbox.data().opportunityCount()).isEqualTo(before + 1);
        assertThat(List.of(created.opportunity().name(), created.opportunity().emails()))
                .isEqualTo(List.of("Grace Hopper", List.of("grace@example.com")));
    }

    @Test
    void aParsedCreateWithoutNameOrEmailWhoseAnswerWasLostIsFoundByItsResumeNotRepeated() {
        sandbox.faults().next("POST", "/opportunities", Fault.applyThenDrop());
        int before = sandbox.data().opportunityCount();

        CreatedOpportunity created = client.attachments()
                .createOpportunity(
                        named("", List.of()),
                        new NewAttachments(new Upload("grace.txt", "text/plain", CV), List.of(), true, null),
                        creator);

        assertThat(List.of(
                        sandbox.data().opportunityCount(), created.opportunity().name()))
                .isEqualTo(List.of(before + 1, "Grace Hopper"));
    }

    @Test
    void aParsedCreateWhoseAnswerWasLostAmongOtherNewCandidatesIsNotSentAgainAndSaysWhy() {
        // Someone else adds a candidate without a résumé meanwhile, so the lost create cannot be told apart by it.
        client.createOpportunity(named("Ada Lovelace", List.of()), creator);
        int before = sandbox.data().opportunityCount();
        sandbox.faults().next("POST", "/opportunities", Fault.dropConnection());

        LeverException refused = catchThrowableOfType(
                () -> client.attachments()
                        .createOpportunity(
                                named("", List.of()),
                                new NewAttachments(new Upload("grace.txt", "text/plain", CV), List.of(), true, null),
                                creator),
                LeverException.class);

        assertThat(List.of(sandbox.data().opportunityCount(), refused.userMessage()))
                .isEqualTo(List.of(
                        before,
                        "Stageboard cannot tell whether Lever created the candidate from grace.txt (Lever did not"
                                + " answer): the form gave no name or email to look for, and the one candidate"
                                + " created since it was sent does not show that résumé (Lever may still be reading"
                                + " it). Look in Lever for a candidate created from grace.txt since then before you"
                                + " retry it, or it may be created twice."));
    }
}
