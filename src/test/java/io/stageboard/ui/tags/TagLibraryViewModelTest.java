package io.stageboard.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.outbox.ActivityEntry;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.tags.TagLibraryService;
import io.stageboard.service.tags.TagService;
import io.stageboard.store.Database;
import io.stageboard.store.Outbox;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.common.UiExecutor;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tag library against the sandbox: renames across candidates and the placeholder that keeps tags listed. */
class TagLibraryViewModelTest {

    private SandboxServer sandbox;
    private LeverClient client;
    private ManualExecutor background;
    private TagLibraryViewModel library;
    private List<String> tagged;
    private ActivityLog log;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(40).withSeed(3));
        // A key with confidential access: a rename must reach confidential candidates too.
        sandbox.grantKey("confidential", Set.of("*", "confidential:access"));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey("confidential")
                .rateLimit(1000, 1000)
                .maxAttempts(1)
                .build();
        String actingUser = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
        background = new ManualExecutor();
        // The app's wiring: the rename is a bulk job of the outbox, which the activity log reads.
        Outbox outbox = new Outbox(Database.inMemory(), Clock.systemUTC());
        OutboxWorker worker = new OutboxWorker(outbox, client, actingUser, background, Clock.systemUTC());
        log = new ActivityLog(outbox, client, background, ZoneOffset.UTC);
        library = new TagLibraryViewModel(
                new TagService(client, worker, background),
                new TagLibraryService(client, new BulkService(worker, background), background, actingUser),
                UiExecutor.direct(),
                new RecordingNotifier());
        tagged = Stream.concat(
                        sandbox.data().opportunities().stream()
                                .filter(o -> o.confidentiality().equals("non-confidential"))
                                .limit(2),
                        sandbox.data().opportunities().stream()
                                .filter(o -> o.confidentiality().equals("confidential"))
                                .limit(1))
                .map(SandboxModel.Opportunity::id)
                .toList();
        tagged.forEach(id -> sandbox.data().addTags(id, List.of("Acme Old"), null));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private List<List<String>> tagsOnLever() {
        return tagged.stream()
                .map(id -> sandbox.data().opportunity(id).orElseThrow().tags())
                .toList();
    }

    /** What the activity log says was done, sorted. */
    private List<String> activity() {
        var read = log.entries();
        background.runAll();
        return read.join().stream().map(ActivityEntry::description).sorted().toList();
    }

    private List<String> renamesOfTagged() {
        return tagged.stream()
                .map(id -> "Add tag \"Acme New\" and remove tag \"Acme Old\" on "
                        + sandbox.data().opportunity(id).orElseThrow().name())
                .sorted()
                .toList();
    }

    @Test
    void listsEveryTagWithItsCount() {
        library.load();
        background.runAll();

        assertThat(library.tags())
                .filteredOn(t -> t.text().equals("Acme Old"))
                .singleElement()
                .extracting(t -> t.count())
                .isEqualTo(3);
        assertThat(library.tags()).hasSize(sandbox.data().tagCounts().size());
    }

    @Test
    void renameChangesTheTagOnEveryCandidateCarryingIt() {
        library.load();
        background.runAll();

        assertThat(library.rename("Acme Old", "Acme New")).isNull();
        background.runAll();

        assertThat(tagsOnLever())
                .allSatisfy(tags -> assertThat(tags).contains("Acme New").doesNotContain("Acme Old"));
        assertThat(sandbox.data().tagCounts()).containsEntry("Acme Old", 0).containsEntry("Acme New", 3);
        assertThat(library.reportProperty().get())
                .isEqualTo("Rename done: 3 of 3 candidates now have \"Acme New\" instead of \"Acme Old\".");
        assertThat(activity()).as("one outbox item per candidate").isEqualTo(renamesOfTagged());
        var read = log.entries();
        background.runAll();
        assertThat(read.join()).extracting(ActivityEntry::outcome).containsOnly("Succeeded");
        assertThat(read.join())
                .allSatisfy(e -> assertThat(e.after()).contains("Acme New").doesNotContain("Acme Old"));
        assertThat(read.join())
                .allSatisfy(e -> assertThat(e.before()).contains("Acme Old").doesNotContain("Acme New"));
    }

    @Test
    void renameReportsACandidateLeftWithBothTags() {
        sandbox.faults().next("POST", "/opportunities/*/removeTags", Fault.status(503));

        library.rename("Acme Old", "Acme New");
        background.runAll();

        assertThat(sandbox.data().tagCounts()).containsEntry("Acme New", 3).containsEntry("Acme Old", 1);
        assertThat(library.reportProperty().get())
                .startsWith("Rename done: 2 of 3 candidates now have \"Acme New\" instead of \"Acme Old\"; 1 failed: ")
                .contains(" now has both \"Acme Old\" and \"Acme New\": ");
        var read = log.entries();
        background.runAll();
        assertThat(read.join())
                .extracting(ActivityEntry::outcome)
                .containsExactlyInAnyOrder("Succeeded", "Succeeded", "Failed");
    }

    @Test
    void cancelStopsBeforeTheNextCandidate() {
        library.rename("Acme Old", "Acme New");
        library.cancel();
        background.runAll();

        assertThat(sandbox.data().tagCounts()).containsEntry("Acme Old", 3).doesNotContainKey("Acme New");
        assertThat(library.reportProperty().get())
                .isEqualTo("Rename cancelled: 0 of 3 candidates now have \"Acme New\" instead of \"Acme Old\".");
        assertThat(activity()).as("nothing was sent").isEmpty();
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

        assertThat(sandbox.data().opportunities())
                .filteredOn(o -> o.name().equals(TagLibraryService.PLACEHOLDER_NAME))
                .singleElement()
                .extracting(SandboxModel.Opportunity::tags)
                .isEqualTo(List.of("Acme Gold", "Acme Silver"));
        assertThat(sandbox.data().tagCounts()).containsEntry("Acme Gold", 1).containsEntry("Acme Silver", 1);
    }
}
