package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.Stage;
import io.stageboard.sandbox.SandboxModel.StageChange;
import io.stageboard.sandbox.SandboxModel.User;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedDataTest {

    private static SandboxData data;

    @BeforeAll
    static void seed() {
        data = SandboxData.seeded(300, 42);
    }

    @Test
    void theSameSeedGivesTheSameData() {
        SandboxData again = SandboxData.seeded(300, 42);

        assertThat(again.opportunities()).isEqualTo(data.opportunities());
        assertThat(again.users()).isEqualTo(data.users());
        assertThat(again.postings()).isEqualTo(data.postings());
        assertThat(again.stages()).isEqualTo(data.stages());
        Opportunity first = data.opportunities().get(0);
        assertThat(again.notes(first.id())).isEqualTo(data.notes(first.id()));
        assertThat(again.tagCounts()).isEqualTo(data.tagCounts());
    }

    @Test
    void anotherSeedGivesOtherData() {
        assertThat(SandboxData.seeded(300, 43).opportunities().get(0).id())
                .isNotEqualTo(data.opportunities().get(0).id());
    }

    @Test
    void referenceDataDoesNotDependOnTheSize() {
        SandboxData small = SandboxData.seeded(10, 42);

        assertThat(small.stages()).isEqualTo(data.stages());
        assertThat(small.users()).isEqualTo(data.users());
        assertThat(small.archiveReasons()).isEqualTo(data.archiveReasons());
    }

    @Test
    void stagesAreLeversPipelineInOrder() {
        List<Stage> stages = data.stages();

        assertThat(stages)
                .extracting(Stage::text)
                .containsExactly(
                        "New lead",
                        "Reached out",
                        "Responded",
                        "New applicant",
                        "Phone screen",
                        "On-site interview",
                        "Reference check",
                        "Offer");
        assertThat(stages.subList(0, 4))
                .extracting(Stage::id)
                .containsExactly("lead-new", "lead-reached-out", "lead-responded", "applicant-new");
        assertThat(stages.get(7).id()).isEqualTo("offer");
        assertThat(stages.subList(4, 7))
                .extracting(Stage::id)
                .allSatisfy(id ->
                        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    @Test
    void exactlyOneHiredReasonAndOneInactive() {
        List<ArchiveReason> reasons = data.archiveReasons();

        assertThat(reasons)
                .filteredOn(r -> r.type().equals("hired"))
                .extracting(ArchiveReason::text)
                .containsExactly("Hired");
        assertThat(reasons).filteredOn(r -> r.status().equals("inactive")).hasSize(1);
        assertThat(reasons)
                .extracting(ArchiveReason::text)
                .contains("Underqualified", "Unresponsive", "Timing", "Withdrew", "Offer declined", "Position closed");
    }

    @Test
    void usersAndPostingsCoverLeversVariety() {
        assertThat(data.users()).hasSize(20);
        assertThat(data.users()).filteredOn(User::deactivated).hasSize(1);
        assertThat(data.users())
                .extracting(User::accessRole)
                .contains("super admin", "admin", "team member", "limited team member", "interviewer");
        assertThat(data.postings())
                .extracting(Posting::state)
                .contains("published", "internal", "closed", "draft", "pending", "rejected");
    }

    @Test
    void namesAreVaried() {
        List<String> names =
                data.opportunities().stream().map(Opportunity::name).toList();

        assertThat(names).anySatisfy(n -> assertThat(n).contains("'"));
        assertThat(names)
                .anySatisfy(n -> assertThat(n)
                        .matches(".*[\\p{IsHan}\\p{IsCyrillic}\\p{IsArabic}"
                                + "\\p{IsHangul}\\p{IsGreek}\\p{IsDevanagari}\\p{IsHebrew}\\p{IsThai}].*"));
        assertThat(Set.copyOf(names).size()).isGreaterThan(150);
    }

    @Test
    void atMostOneTagPairDiffersOnlyByCase() {
        Set<String> tags = data.tagCounts().keySet();
        long pairs = tags.stream()
                .collect(Collectors.groupingBy(t -> t.toLowerCase(java.util.Locale.ROOT), Collectors.counting()))
                .values()
                .stream()
                .filter(c -> c > 1)
                .count();

        assertThat(tags.size()).isGreaterThan(20);
        assertThat(pairs).isEqualTo(1);
    }

    @Test
    void stageHistoriesAreConsistentWithTheCurrentStage() {
        for (Opportunity o : data.opportunities()) {
            List<StageChange> changes = o.stageChanges();
            StageChange last = changes.get(changes.size() - 1);
            assertThat(last.toStageId()).isEqualTo(o.stage());
            assertThat(o.lastAdvancedAt()).isEqualTo(last.updatedAt());
            assertThat(changes.get(0).updatedAt()).isEqualTo(o.createdAt());
            for (int i = 0; i < changes.size(); i++) {
                StageChange c = changes.get(i);
                assertThat(data.stageIndex(c.toStageId())).isEqualTo(c.toStageIndex());
                if (i > 0) {
                    assertThat(c.updatedAt())
                            .isGreaterThanOrEqualTo(changes.get(i - 1).updatedAt());
                }
            }
            if (o.archived() != null) {
                assertThat(o.archived().archivedAt()).isGreaterThanOrEqualTo(o.lastAdvancedAt());
            }
        }
    }

    @Test
    void someAreArchivedSomeHiredSomeHaveNoUpdatedAt() {
        String hired = data.archiveReasons().stream()
                .filter(r -> r.type().equals("hired"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(data.opportunities()).filteredOn(Opportunity::isArchived).hasSizeBetween(30, 150);
        assertThat(data.opportunities())
                .filteredOn(o -> o.isArchived() && o.archived().reason().equals(hired))
                .isNotEmpty();
        assertThat(data.opportunities()).filteredOn(o -> o.updatedAt() == null).isNotEmpty();
    }

    @Test
    void notesComeBothFromTheAppAndTheApi() {
        List<Note> notes = data.opportunities().stream()
                .flatMap(o -> data.notes(o.id()).stream())
                .toList();

        assertThat(notes).filteredOn(Note::madeInApp).isNotEmpty();
        assertThat(notes).filteredOn(n -> !n.madeInApp()).isNotEmpty();
    }

    @Test
    void fiftyThousandOpportunitiesStartAndServe() throws Exception {
        try (SandboxServer big = SandboxServer.start(SandboxOptions.defaults().withSize(50_000))) {
            SandboxHttp http = SandboxHttp.of(big);

            assertThat(big.data().opportunityCount()).isEqualTo(50_000);
            assertThat(http.get("/opportunities?limit=100").json().get("data")).hasSize(100);
            String last = big.data().opportunities().get(49_999).id();
            assertThat(http.get("/opportunities/" + last).status()).isEqualTo(200);
        }
    }
}
