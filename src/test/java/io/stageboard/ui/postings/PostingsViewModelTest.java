package io.stageboard.ui.postings;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.api.PublicPosting;
import io.stageboard.api.PublicPostingsClient;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.postings.PostingSummary;
import io.stageboard.service.postings.PostingsService;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.testing.InMemorySync;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.board.BoardFilters;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The postings view-model against the sandbox over HTTP, without the toolkit. */
class PostingsViewModelTest {

    private SandboxServer sandbox;
    private LeverClient client;
    private PublicPostingsClient publicClient;
    private BoardFilters filters;
    private RecordingNotifier notifier;
    private PostingsViewModel model;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(150).withSeed(3));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .build();
        publicClient = new PublicPostingsClient(sandbox.publicPostingsUrl());
        Executor now = Runnable::run;
        filters = new io.stageboard.ui.board.BoardViewModel(
                        InMemorySync.of(client, now),
                        null,
                        UiExecutor.direct(),
                        new RecordingNotifier(),
                        java.time.Clock.systemUTC())
                .filters();
        notifier = new RecordingNotifier();
        model = new PostingsViewModel(
                new PipelineService(client, now),
                new PostingsService(client, publicClient, now),
                filters,
                UiExecutor.direct(),
                notifier);
    }

    @AfterEach
    void stop() {
        publicClient.close();
        client.close();
        sandbox.close();
    }

    @Test
    void everyPostingStateIsListedWithItsPeople() {
        model.load();

        assertThat(model.statusProperty().get()).isEqualTo(LoadStatus.LOADED);
        Set<String> visible = sandbox.data().postings().stream()
                .filter(p -> p.confidentiality().equals("non-confidential"))
                .map(SandboxModel.Posting::id)
                .collect(Collectors.toSet());
        assertThat(model.rows().stream().map(r -> r.posting().id()).collect(Collectors.toSet()))
                .isEqualTo(visible);
        assertThat(model.rows().stream().map(r -> r.posting().state()).collect(Collectors.toSet()))
                .isEqualTo(Set.of("published", "internal", "closed", "draft", "pending", "rejected"));
        PostingSummary row = model.rows().get(0);
        SandboxModel.Posting onLever =
                sandbox.data().posting(row.posting().id()).orElseThrow();
        assertThat(row.ownerName())
                .isEqualTo(sandbox.data().user(onLever.owner()).orElseThrow().name());
        assertThat(row.hiringManagerName())
                .isEqualTo(sandbox.data()
                        .user(onLever.hiringManager())
                        .orElseThrow()
                        .name());
    }

    @Test
    void theActiveCountsPerStageEqualTheSandboxCounts() {
        model.load();

        for (PostingSummary row : model.rows()) {
            Map<String, Integer> expected = new LinkedHashMap<>();
            sandbox.data()
                    .stages()
                    .forEach(s -> expected.put(s.id(), (int) sandbox.data().opportunities().stream()
                            .filter(o -> !o.isArchived()
                                    && o.confidentiality().equals("non-confidential")
                                    && row.posting().id().equals(o.postingId())
                                    && o.stage().equals(s.id()))
                            .count()));
            assertThat(row.activeByStage()).as(row.posting().text()).isEqualTo(expected);
        }
        assertThat(model.rows().stream().mapToInt(PostingSummary::activeTotal).sum())
                .isPositive();
    }

    @Test
    void showingAPostingOnTheBoardSetsTheBoardsPostingFilter() {
        model.load();
        PostingSummary row = model.rows().get(2);

        model.showOnBoard(row);

        assertThat(filters.postingIdProperty().get()).isEqualTo(row.posting().id());
        assertThat(notifier.infos)
                .containsExactly("The board now shows the candidates of \""
                        + row.posting().text() + "\" only; choose All postings on the board to see everyone again.");
    }

    @Test
    void thePublicPreviewShowsOnlyPublishedPostingsOfTheSiteFoundInThePostings() {
        model.load();
        assertThat(model.siteProperty().get()).isEqualTo(sandbox.siteName());

        model.loadPublic();

        assertThat(model.publicStatusProperty().get()).isEqualTo(LoadStatus.LOADED);
        assertThat(model.publicRows().stream().map(PublicPosting::id).collect(Collectors.toSet()))
                .isEqualTo(sandbox.data().postings().stream()
                        .filter(p -> p.state().equals("published")
                                && p.confidentiality().equals("non-confidential"))
                        .map(SandboxModel.Posting::id)
                        .collect(Collectors.toSet()));
    }

    @Test
    void anUnknownJobSiteSaysSoAndABadNameIsRefusedBeforeAsking() {
        model.siteProperty().set("no-such-company");
        model.loadPublic();
        assertThat(model.publicMessageProperty().get())
                .isEqualTo(
                        "Could not load the public job site: There is no"
                                + " public job site called 'no-such-company'; check the site name (the part after jobs.lever.co/).");

        model.siteProperty().set("jobs.lever.co/acme corp");
        model.loadPublic();
        assertThat(model.publicMessageProperty().get())
                .isEqualTo("\"jobs.lever.co/acme corp\" is not a job site"
                        + " name; use the part after jobs.lever.co/, such as acme.");
    }
}
