package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every write, checked against the sandbox's own state afterwards. Each test works on its own opportunity. */
class LeverClientWriteTest {

    private static SandboxServer server;
    private static LeverClient client;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static List<String> candidates;

    @BeforeAll
    static void start() {
        server = Sandboxes.start(SandboxOptions.defaults().withSize(200).withSeed(11));
        client = Sandboxes.clientFor(server).build();
        candidates = activeIds(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void changingTheStageRecordsItOnTheServer() {
        SandboxModel.Opportunity before = freshActive();
        String target = otherStage(before.stage());
        String user = activeUser();

        Opportunity returned = client.changeStage(before.id(), target, user);

        SandboxModel.Opportunity after = server.data().opportunity(before.id()).orElseThrow();
        assertThat(returned.stage()).isEqualTo(target);
        assertThat(after.stage()).isEqualTo(target);
        assertThat(after.stageChanges()).hasSize(before.stageChanges().size() + 1);
        SandboxModel.StageChange last =
                after.stageChanges().get(after.stageChanges().size() - 1);
        assertThat(last.toStageId()).isEqualTo(target);
        assertThat(last.userId()).isEqualTo(user);
        assertThat(last.toStageIndex()).isEqualTo(server.data().stageIndex(target));
        assertThat(after.lastAdvancedAt())
                .isGreaterThanOrEqualTo(before.lastAdvancedAt())
                .isEqualTo(last.updatedAt());
        assertThat(returned.stageChanges()).hasSize(after.stageChanges().size());
        assertThat(returned.lastAdvancedAt()).isEqualTo(after.lastAdvancedAt());
    }

    @Test
    void archivingAndUnarchivingRoundTrip() {
        SandboxModel.Opportunity before = freshActive();
        ArchiveReason reason = client.archiveReasons().stream()
                .filter(r -> r.isActive() && !r.isHired())
                .findFirst()
                .orElseThrow();

        Opportunity archived = client.archive(before.id(), reason.id(), null);

        assertThat(archived.archived()).isNotNull();
        assertThat(archived.archived().reason()).isEqualTo(reason.id());
        assertThat(server.data()
                        .opportunity(before.id())
                        .orElseThrow()
                        .archived()
                        .reason())
                .isEqualTo(reason.id());

        Opportunity restored = client.unarchive(before.id(), activeUser());

        assertThat(restored.isArchived()).isFalse();
        assertThat(server.data().opportunity(before.id()).orElseThrow().isArchived())
                .isFalse();
    }

    @Test
    void archivingAsHiredUsesTheHiredReason() {
        SandboxModel.Opportunity before = freshActive();
        ArchiveReason hired = client.archiveReasons().stream()
                .filter(ArchiveReason::isHired)
                .findFirst()
                .orElseThrow();

        client.archive(before.id(), hired.id(), activeUser());

        assertThat(server.data()
                        .opportunity(before.id())
                        .orElseThrow()
                        .archived()
                        .reason())
                .isEqualTo(hired.id());
    }

    @Test
    void tagsAreAddedAndRemovedAndCountsFollow() {
        SandboxModel.Opportunity before = freshActive();
        String tag = "Stageboard Test " + NEXT.incrementAndGet();
        String other = "stageboard test " + NEXT.incrementAndGet();

        Opportunity added = client.addTags(before.id(), List.of(tag, other), activeUser());

        assertThat(added.tags()).contains(tag, other);
        assertThat(server.data().opportunity(before.id()).orElseThrow().tags()).contains(tag, other);
        assertThat(server.data().tagCounts()).containsEntry(tag, 1).containsEntry(other, 1);
        assertThat(client.tags()).contains(new Tag(tag, 1));

        Opportunity removed = client.removeTags(before.id(), List.of(tag), null);

        assertThat(removed.tags()).doesNotContain(tag).contains(other);
        assertThat(server.data().opportunity(before.id()).orElseThrow().tags()).doesNotContain(tag);
        assertThat(server.data().tagCounts().getOrDefault(tag, 0)).isZero();
    }

    @Test
    void aNoteIsCreatedListedAndDeleted() {
        SandboxModel.Opportunity o = freshActive();
        String user = activeUser();

        Note created = client.createNote(o.id(), new NewNote("Strong system design.\nHire.", true, 4), user);

        assertThat(created.body()).isEqualTo("Strong system design.\nHire.");
        assertThat(created.secret()).isTrue();
        assertThat(created.score()).isEqualTo(4);
        assertThat(created.user()).isEqualTo(user);
        SandboxModel.Note stored = server.data().note(o.id(), created.id()).orElseThrow();
        assertThat(stored.value()).isEqualTo("Strong system design.\nHire.");
        assertThat(stored.secret()).isTrue();
        assertThat(stored.score()).isEqualTo(4);
        assertThat(stored.userId()).isEqualTo(user);
        assertThat(client.notes(o.id())).extracting(Note::id).contains(created.id());

        client.deleteNote(o.id(), created.id(), user);

        assertThat(server.data().note(o.id(), created.id())).isEmpty();
        assertThat(client.notes(o.id())).extracting(Note::id).doesNotContain(created.id());
    }

    @Test
    void aNoteWithoutPerformAsHasNoUser() {
        SandboxModel.Opportunity o = freshActive();

        Note created = client.createNote(o.id(), new NewNote("Called, no answer.", false, null), null);

        assertThat(created.user()).isNull();
        assertThat(created.score()).isNull();
        assertThat(server.data().note(o.id(), created.id()).orElseThrow().userId())
                .isNull();
    }

    @Test
    void deletingANoteWrittenInTheLeverAppIsRefusedWithASentence() {
        SandboxModel.Opportunity o = freshActive();
        SandboxModel.Note appNote = server.data()
                .addNote(o.id(), "Written in Lever", false, null, null, true)
                .orElseThrow();

        assertThatThrownBy(() -> client.deleteNote(o.id(), appNote.id(), null))
                .isInstanceOf(LeverPermissionException.class)
                .hasMessageStartingWith("This API key is not allowed to do this")
                .hasMessageContaining("ask a Super Admin");
        assertThat(server.data().note(o.id(), appNote.id())).isPresent();
    }

    @Test
    void writesToAMissingOpportunityAreNotFound() {
        assertThatThrownBy(() -> client.changeStage(
                        "00000000-0000-0000-0000-000000000000",
                        server.data().stages().get(0).id(),
                        null))
                .isInstanceOf(LeverNotFoundException.class)
                .hasMessageStartingWith("This opportunity no longer exists in Lever; refresh.");
    }

    @Test
    void deletingAMissingNoteIsNotFound() {
        SandboxModel.Opportunity o = freshActive();

        assertThatThrownBy(() -> client.deleteNote(o.id(), "00000000-0000-0000-0000-000000000000", null))
                .isInstanceOf(LeverNotFoundException.class)
                .hasMessageStartingWith("This note no longer exists in Lever; refresh.");
    }

    @Test
    void anUnknownStageIsABadRequestWithLeversMessage() {
        SandboxModel.Opportunity o = freshActive();

        assertThatThrownBy(() -> client.changeStage(o.id(), "no-such-stage", null))
                .isInstanceOf(LeverBadRequestException.class)
                .hasMessageStartingWith("Lever refused the request: ")
                .satisfies(e -> assertThat(((LeverException) e).leverMessage()).isNotBlank());
    }

    /** Ids of the seeded active, non-confidential opportunities, fixed before any test writes. */
    static List<String> activeIds(SandboxServer server) {
        return server.data().opportunities().stream()
                .filter(o -> !o.isArchived() && !"confidential".equals(o.confidentiality()))
                .map(SandboxModel.Opportunity::id)
                .toList();
    }

    /** An active opportunity no other test of this class has touched. */
    private static SandboxModel.Opportunity freshActive() {
        return server.data().opportunity(candidates.get(NEXT.incrementAndGet())).orElseThrow();
    }

    private static String otherStage(String current) {
        return server.data().stages().stream()
                .map(SandboxModel.Stage::id)
                .filter(s -> !s.equals(current))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private static String activeUser() {
        return server.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
    }
}
