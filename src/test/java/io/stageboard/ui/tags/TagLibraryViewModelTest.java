package io.stageboard.ui.tags;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.TagLibraryService;
import io.stageboard.service.TagService;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.common.UiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tag library against the sandbox: renames across candidates and the placeholder that keeps tags listed. */
class TagLibraryViewModelTest {

    private SandboxServer sandbox;
    private LeverClient client;
    private ManualExecutor background;
    private TagLibraryViewModel library;
    private List<String> tagged;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(40).withSeed(3));
        client = LeverClient.builder().baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000).maxAttempts(1).build();
        String actingUser = sandbox.data().users().stream().filter(u -> !u.deactivated()).findFirst().orElseThrow().id();
        background = new ManualExecutor();
        library = new TagLibraryViewModel(new TagService(client, background, actingUser),
                new TagLibraryService(client, background, actingUser), UiExecutor.direct(), new RecordingNotifier());
        tagged = sandbox.data().opportunities().stream().filter(o -> o.confidentiality().equals("non-confidential"))
                .limit(3).map(SandboxModel.Opportunity::id).toList();
        tagged.forEach(id -> sandbox.data().addTags(id, List.of("Acme Old"), null));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private List<List<String>> tagsOnLever() {
        return tagged.stream().map(id -> sandbox.data().opportunity(id).orElseThrow().tags()).toList();
    }

    @Test
    void listsEveryTagWithItsCount() {
        library.load();
        background.runAll();

        assertThat(library.tags()).filteredOn(t -> t.text().equals("Acme Old")).singleElement()
                .extracting(t -> t.count()).isEqualTo(3);
        assertThat(library.tags()).hasSize(sandbox.data().tagCounts().size());
    }

    @Test
    void renameChangesTheTagOnEveryCandidateCarryingIt() {
        library.load();
        background.runAll();

        assertThat(library.rename("Acme Old", "Acme New")).isNull();
        background.runAll();

        assertThat(tagsOnLever()).allSatisfy(tags -> assertThat(tags).contains("Acme New").doesNotContain("Acme Old"));
        assertThat(sandbox.data().tagCounts()).containsEntry("Acme Old", 0).containsEntry("Acme New", 3);
        assertThat(library.reportProperty().get())
                .isEqualTo("Rename done: 3 of 3 candidate(s) now have \"Acme New\" instead of \"Acme Old\".");
    }

    @Test
    void renameReportsACandidateLeftWithBothTags() {
        sandbox.faults().next("POST", "/opportunities/*/removeTags", Fault.status(503));

        library.rename("Acme Old", "Acme New");
        background.runAll();

        assertThat(sandbox.data().tagCounts()).containsEntry("Acme New", 3).containsEntry("Acme Old", 1);
        assertThat(library.reportProperty().get()).startsWith(
                "Rename done: 2 of 3 candidate(s) now have \"Acme New\" instead of \"Acme Old\"; 1 failed: ")
                .contains(" now has both \"Acme Old\" and \"Acme New\": ");
    }

    @Test
    void cancelStopsBeforeTheNextCandidate() {
        library.rename("Acme Old", "Acme New");
        library.cancel();
        background.runAll();

        assertThat(sandbox.data().tagCounts()).containsEntry("Acme Old", 3).doesNotContainKey("Acme New");
        assertThat(library.reportProperty().get()).isEqualTo(
                "Rename cancelled: 0 of 3 candidate(s) now have \"Acme New\" instead of \"Acme Old\".");
    }

    @Test
    void invalidNewNameIsRefused() {
        assertThat(library.rename("Acme Old", "Acme\tNew"))
                .isEqualTo("Tags can only use keyboard characters and spaces; a tab (U+0009) is not allowed.");
        assertThat(background.queued()).isZero();
    }

    @Test
    void keepingTagsCreatesAPlaceholderOpportunityCarryingThem() {
        library.keepInLeversList(List.of("Acme Gold", "Acme Silver"));
        background.runAll();

        assertThat(sandbox.data().opportunities()).filteredOn(o -> o.name().equals(TagLibraryService.PLACEHOLDER_NAME))
                .singleElement().extracting(SandboxModel.Opportunity::tags)
                .isEqualTo(List.of("Acme Gold", "Acme Silver"));
        assertThat(sandbox.data().tagCounts()).containsEntry("Acme Gold", 1).containsEntry("Acme Silver", 1);
    }
}
