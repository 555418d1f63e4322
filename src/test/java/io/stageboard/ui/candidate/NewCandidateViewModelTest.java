package io.stageboard.ui.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.candidates.CandidateService;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.board.BoardChoices.Choice;
import io.stageboard.ui.common.UiExecutor;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The new-candidate form's view-model against the sandbox over HTTP, without the toolkit. */
class NewCandidateViewModelTest {

    private SandboxServer sandbox;
    private LeverClient client;
    private RecordingNotifier notifier;
    private SandboxModel.Posting posting;
    private String actAs;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(60).withSeed(5));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .build();
        notifier = new RecordingNotifier();
        posting = sandbox.data().postings().stream()
                .filter(p ->
                        p.state().equals("published") && p.confidentiality().equals("non-confidential"))
                .findFirst()
                .orElseThrow();
        actAs = sandbox.data().users().get(0).id();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private NewCandidateViewModel form(String actAsUser) {
        Executor now = Runnable::run;
        NewCandidateViewModel model = new NewCandidateViewModel(
                new PipelineService(client, now),
                new CandidateService(client, now),
                actAsUser,
                UiExecutor.direct(),
                notifier);
        model.load();
        return model;
    }

    private static Choice choice(List<Choice> choices, String value) {
        return NewCandidateViewModel.find(choices, value);
    }

    private String name(String userId) {
        return sandbox.data().user(userId).orElseThrow().name();
    }

    @Test
    void withoutAUserToCreateAsNothingCanBeSent() {
        NewCandidateViewModel model = form(null);
        model.nameProperty().set("Ada Lovelace");
        int before = sandbox.data().opportunityCount();

        assertThat(model.performAsChoices()).isEmpty();
        assertThat(model.canCreateProperty().get()).isFalse();
        model.create();

        assertThat(sandbox.data().opportunityCount()).isEqualTo(before);
        assertThat(model.resultProperty().get())
                .isEqualTo("Choose who creates the candidate under \"Create as\": Lever requires a user.");
    }

    @Test
    void choosingAPostingOffersItsOwnerFirstThenItsHiringManagerThenTheWorkspaceUser() {
        NewCandidateViewModel model = form(actAs);
        assertThat(model.stageProperty().get()).isEqualTo(new Choice("lead-new", "New lead"));

        model.postingProperty().set(choice(model.postingChoices(), posting.id()));

        assertThat(model.performAsChoices())
                .isEqualTo(List.of(
                        new Choice(posting.owner(), name(posting.owner()) + " (posting owner)"),
                        new Choice(posting.hiringManager(), name(posting.hiringManager()) + " (hiring manager)"),
                        new Choice(actAs, name(actAs) + " (workspace user)")));
        assertThat(model.performAsProperty().get().value()).isEqualTo(posting.owner());
        assertThat(model.canCreateProperty().get()).isTrue();
    }

    @Test
    void aCreatedCandidateLandsOnLeverWithThePostingStageAndCreator() {
        NewCandidateViewModel model = form(actAs);
        String stage = sandbox.data().stages().get(4).id();
        model.nameProperty().set("Grace Hopper");
        model.emailsProperty().set("grace.hopper@navy.example");
        model.phonesProperty().set("+1 555 010 0101");
        model.linksProperty().set("https://example.org/grace");
        model.tagsProperty().set("COBOL\nCompilers");
        model.sourcesProperty().set("Referral");
        model.postingProperty().set(choice(model.postingChoices(), posting.id()));
        model.stageProperty().set(choice(model.stageChoices(), stage));
        model.performAsProperty().set(choice(model.performAsChoices(), posting.hiringManager()));

        model.create();

        SandboxModel.Opportunity created = sandbox.data().opportunities().stream()
                .filter(o -> o.name().equals("Grace Hopper"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(
                        created.postingId(),
                        created.stage(),
                        created.sourcedBy(),
                        created.owner(),
                        created.tags(),
                        created.sources(),
                        created.emails(),
                        created.links()))
                .isEqualTo(List.of(
                        posting.id(),
                        stage,
                        posting.hiringManager(),
                        posting.hiringManager(),
                        List.of("COBOL", "Compilers"),
                        List.of("Referral"),
                        List.of("grace.hopper@navy.example"),
                        List.of("https://example.org/grace")));
        assertThat(notifier.infos)
                .containsExactly("Created Grace Hopper in "
                        + sandbox.data().stages().get(4).text() + " for " + posting.text() + " (published).");
        assertThat(model.nameProperty().get()).isEmpty();
    }

    @Test
    void anEmailLeverAlreadyKnowsAddsTheOpportunityToThatPersonAndSaysSo() {
        SandboxModel.Opportunity existing = sandbox.data().opportunities().stream()
                .filter(o -> !o.emails().isEmpty())
                .findFirst()
                .orElseThrow();
        NewCandidateViewModel model = form(actAs);
        model.nameProperty().set("Different Name");
        model.emailsProperty().set(existing.emails().get(0));

        model.create();

        assertThat(model.resultProperty().get())
                .isEqualTo("Lever matched an existing contact with this email; the"
                        + " new opportunity was added to that person, and their existing details were kept.");
        List<SandboxModel.Opportunity> ofContact = sandbox.data().opportunities().stream()
                .filter(o -> o.contact().equals(existing.contact()))
                .toList();
        assertThat(ofContact).hasSize(2);
        assertThat(ofContact).extracting(SandboxModel.Opportunity::name).containsOnly(existing.name());
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsSent() {
        NewCandidateViewModel model = form(actAs);
        model.nameProperty().set("Ada");
        model.emailsProperty().set("ada@");
        model.tagsProperty().set("Zürich");
        int before = sandbox.data().opportunityCount();

        model.create();

        assertThat(model.problems())
                .isEqualTo(List.of(
                        "\"ada@\" is not an email address; write it as name@example.com.",
                        "The tag \"Zürich\" cannot be used: tags can only use keyboard characters and spaces; \"ü\""
                                + " (U+00FC) is not allowed."));
        assertThat(model.resultProperty().get()).startsWith("Nothing was sent: \"ada@\" is not an email address");
        assertThat(sandbox.data().opportunityCount()).isEqualTo(before);
    }
}
