package io.stageboard.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.ArchiveReason;
import io.stageboard.api.Opportunity;
import io.stageboard.sandbox.Fault;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tags and archiving in the detail pane against the sandbox; the board hears every change Lever confirms. */
class TagsAndArchiveTest extends DetailTestBase {

    private final List<Opportunity> boardUpdates = new ArrayList<>();

    private String open() {
        detail.setOnOpportunityChanged(boardUpdates::add);
        return openSome();
    }

    /** The tags as the activity log words them. */
    private static String words(List<String> tags) {
        return tags.isEmpty() ? "no tags" : "tags: " + String.join(", ", tags);
    }

    private List<String> plus(List<String> tags, String... more) {
        List<String> all = new ArrayList<>(tags);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void addingATagPutsItOnLeverTheChipsAndTheBoard() {
        String id = open();
        List<String> before = onLever(id).tags();
        detail.tags().inputProperty().set("Acme Screened");

        detail.tags().addTyped();
        background.runAll();

        assertThat(onLever(id).tags()).isEqualTo(plus(before, "Acme Screened"));
        assertThat(detail.tags().tags()).isEqualTo(onLever(id).tags());
        assertThat(boardUpdates)
                .last()
                .extracting(Opportunity::tags)
                .isEqualTo(onLever(id).tags());
        assertThat(activity())
                .isEqualTo(List.of("Add tag \"Acme Screened\" to " + nameOf(id) + " | " + words(before) + " -> "
                        + words(onLever(id).tags()) + " | Succeeded"));
    }

    @Test
    void invalidTagIsRefusedWithoutARequest() {
        String id = open();
        List<String> before = onLever(id).tags();
        detail.tags().inputProperty().set("Café");

        detail.tags().addTyped();

        assertThat(background.queued()).isZero();
        assertThat(detail.tags().inputErrorProperty().get())
                .isEqualTo("Tags can only use keyboard characters and spaces; \"é\" (U+00E9) is not allowed.");
        assertThat(onLever(id).tags()).isEqualTo(before);
    }

    @Test
    void theAddFieldStartsWithTheCompanyPrefix() {
        prefix.set("Acme");
        open();

        assertThat(detail.tags().inputProperty().get()).isEqualTo("Acme ");
    }

    @Test
    void removingATagTakesItOffLever() {
        String id = open();
        sandbox.data().addTags(id, List.of("Old"), null);
        List<String> before = onLever(id).tags();

        detail.tags().remove("Old");
        background.runAll();

        assertThat(onLever(id).tags())
                .isEqualTo(before.stream().filter(t -> !t.equals("Old")).toList());
        assertThat(detail.tags().tags()).isEqualTo(onLever(id).tags());
        assertThat(activity())
                .isEqualTo(List.of("Remove tag \"Old\" from " + nameOf(id) + " | " + words(before) + " -> "
                        + words(onLever(id).tags()) + " | Succeeded"));
    }

    @Test
    void renameAddsTheNewTagThenRemovesTheOld() {
        String id = open();
        sandbox.data().addTags(id, List.of("Old"), null);
        List<String> others =
                onLever(id).tags().stream().filter(t -> !t.equals("Old")).toList();

        assertThat(detail.tags().rename("Old", "New")).isNull();
        background.runAll();

        assertThat(onLever(id).tags()).containsExactlyInAnyOrderElementsOf(plus(others, "New"));
        assertThat(detail.tags().tags()).isEqualTo(onLever(id).tags());
        assertThat(activity())
                .as("one outbox item that adds before it removes")
                .isEqualTo(List.of(
                        "Add tag \"New\" and remove tag \"Old\" on " + nameOf(id) + " | " + words(plus(others, "Old"))
                                + " -> " + words(onLever(id).tags()) + " | Succeeded"));
    }

    @Test
    void renameWhoseAddFailsChangesNothing() {
        String id = open();
        sandbox.data().addTags(id, List.of("Old"), null);
        List<String> before = onLever(id).tags();
        sandbox.faults().next("POST", "/opportunities/*/addTags", Fault.status(503));

        detail.tags().rename("Old", "New");
        background.runAll();

        assertThat(onLever(id).tags()).isEqualTo(before);
        assertThat(notifier.errors)
                .last()
                .asString()
                .startsWith("Could not rename \"Old\" to \"New\": ")
                .endsWith(" Nothing changed; the candidate still has \"Old\".");
        assertThat(activity())
                .singleElement()
                .asString()
                .startsWith("Add tag \"New\" and remove tag \"Old\" on " + nameOf(id) + " | " + words(before) + " -> "
                        + " | Failed | ");
    }

    @Test
    void renameWhoseRemoveFailsLeavesBothTagsAndSaysSo() {
        String id = open();
        sandbox.data().addTags(id, List.of("Old"), null);
        List<String> before = onLever(id).tags();
        sandbox.faults().next("POST", "/opportunities/*/removeTags", Fault.status(503));

        detail.tags().rename("Old", "New");
        background.runAll();

        assertThat(onLever(id).tags()).isEqualTo(plus(before, "New"));
        assertThat(detail.tags().tags()).isEqualTo(onLever(id).tags());
        assertThat(notifier.errors)
                .last()
                .asString()
                .startsWith("Added \"New\" but could not remove \"Old\": ")
                .endsWith(" The candidate now has both tags; remove \"Old\" again when Lever is reachable.");
        assertThat(activity())
                .singleElement()
                .asString()
                .startsWith("Add tag \"New\" and remove tag \"Old\" on " + nameOf(id) + " | " + words(before) + " -> "
                        + " | Failed | ");
    }

    @Test
    void archiveReasonsOfferHiredFirstAndNoInactiveOnes() {
        open();

        assertThat(detail.archiveReasons().get(0).isHired()).isTrue();
        assertThat(detail.archiveReasons()).allMatch(ArchiveReason::isActive);
        assertThat(detail.archiveReasons()).hasSize((int) sandbox.data().archiveReasons().stream()
                .filter(r -> r.status().equals("active"))
                .count());
    }

    @Test
    void archivingAndUnarchivingChangeLeverAndTellTheBoard() {
        String id = open();
        ArchiveReason reason = detail.archiveReasons().stream()
                .filter(r -> !r.isHired())
                .findFirst()
                .orElseThrow();

        detail.archive(reason);
        background.runAll();

        assertThat(onLever(id).archived().reason()).isEqualTo(reason.id());
        assertThat(detail.snapshotProperty().get().archived()).startsWith("Archived (" + reason.text() + ") on ");
        assertThat(boardUpdates).last().extracting(Opportunity::isArchived).isEqualTo(true);
        assertThat(activity())
                .isEqualTo(List.of("Archive " + nameOf(id) + " as " + reason.text() + " | active" + " -> archived: "
                        + reason.text() + " | Succeeded"));

        detail.unarchive();
        background.runAll();

        assertThat(onLever(id).archived()).isNull();
        assertThat(detail.snapshotProperty().get().archived()).isEqualTo("Active");
        assertThat(boardUpdates).last().extracting(Opportunity::isArchived).isEqualTo(false);
        assertThat(activity())
                .first()
                .isEqualTo("Unarchive " + nameOf(id) + " | archived: " + reason.text() + " -> active | Succeeded");
    }

    @Test
    void snapshotNamesTheOwnerAndWhoMovedTheStages() {
        String id = open();
        var lever = onLever(id);
        String ownerName = sandbox.data().user(lever.owner()).orElseThrow().name();

        DetailSnapshot shown = detail.snapshotProperty().get();

        assertThat(shown.name()).isEqualTo(lever.name());
        assertThat(shown.owner()).isEqualTo(ownerName);
        assertThat(shown.emails()).isEqualTo(lever.emails());
        assertThat(shown.stageHistory()).hasSize(lever.stageChanges().size());
    }
}
