package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts drawn lazily: a million opportunities, an exact archived share, paging by side, writes on top. */
class LargeAccountTest {

    private static SandboxServer server;
    private static SandboxHttp boss;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults()
                .withSize(20_000)
                .withArchivedShare(0.9)
                .withGrant("boss", Set.of("*", "confidential:access")));
        boss = SandboxHttp.withKey(server, "boss");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMillionWithNinetyFivePercentArchivedStartsAndServesTheFirstActivePage() throws Exception {
        try (SandboxServer big = SandboxServer.start(
                SandboxOptions.defaults().withSize(1_000_000).withArchivedShare(0.95))) {
            SandboxHttp http = SandboxHttp.of(big);

            JsonNode page = http.get("/opportunities?archived=false&limit=100&expand=applications")
                    .json();

            assertThat(big.data().opportunityCount()).isEqualTo(1_000_000);
            assertThat(page.get("data")).hasSize(100);
            assertThat(page.get("hasNext").asBoolean()).isTrue();
            page.get("data").forEach(o -> assertThat(o.get("archived").isNull()).isTrue());
            String id = page.get("data").get(99).get("id").asText();
            assertThat(http.get("/opportunities/" + id).json().at("/data/id").asText())
                    .isEqualTo(id);
            assertThat(http.get("/opportunities?archived=false&limit=100&offset="
                                    + SandboxHttp.enc(page.get("next").asText()))
                            .json()
                            .get("data"))
                    .hasSize(100);
        }
    }

    @Test
    void pagingThroughActiveOnlyFindsExactlyTheShareLeftActive() {
        assertThat(walk("archived=false")).hasSize(2_000);
        assertThat(walk("archived=true")).hasSize(18_000);
    }

    @Test
    void pagingWithoutArchivedMergesBothSidesInListOrder() {
        List<String> expected =
                server.data().opportunities().stream().map(Opportunity::id).toList();

        assertThat(walk("")).isEqualTo(expected);
    }

    @Test
    void indexedAndOtherFiltersAgreeWithTheData() {
        String phoneScreen = server.data().stages().get(4).id();
        long since = server.data().opportunities().get(5_000).createdAt();

        assertThat(walk("archived=false&stage_id=" + phoneScreen + "&created_at_start=" + since))
                .isEqualTo(expected(o -> !o.isArchived() && o.stage().equals(phoneScreen) && o.createdAt() >= since));
        assertThat(walk("tag=Java&archived=true"))
                .isNotEmpty()
                .isEqualTo(expected(o -> o.isArchived() && o.tags().contains("Java")));
    }

    @Test
    void theSameSeedGivesTheSamePagesAndAnotherSeedOthers() {
        SandboxData again = SandboxData.seeded(20_000, 42, 0.9);
        List<String> page = walk("archived=false").subList(0, 100);

        for (String id : page) {
            assertThat(again.opportunity(id)).isEqualTo(server.data().opportunity(id));
            assertThat(again.notes(id)).isEqualTo(server.data().notes(id));
        }
        assertThat(again.tagCounts()).isEqualTo(server.data().tagCounts());
        assertThat(SandboxData.seeded(20_000, 43, 0.9).opportunity(page.get(0))).isEmpty();
    }

    @Test
    void withoutAShareALargeAccountKeepsTheUsualMix() {
        SeedOpportunities seeded = new SeedGenerator(42).generate(60_000, null).opportunities();

        long active = IntStream.range(0, seeded.size())
                .filter(i -> !seeded.facts(i).isArchived())
                .count();

        assertThat(active).isBetween(39_000L, 45_000L);
    }

    @Test
    void writesToADrawnOpportunityAreKeptAndMoveItBetweenSides() {
        SandboxData data = SandboxData.seeded(5_000, 7, 0.5);
        Opportunity o = data.opportunities().stream()
                .filter(x -> !x.isArchived() && !data.notes(x.id()).isEmpty())
                .findFirst()
                .orElseThrow();
        int notes = data.notes(o.id()).size();
        String reason = data.archiveReasons().get(0).id();

        data.moveStage(o.id(), "offer", null);
        data.addNote(o.id(), "Kept", false, null, null, false);
        data.setArchived(o.id(), reason, null);

        assertThat(data.opportunity(o.id()).orElseThrow().stage()).isEqualTo("offer");
        assertThat(data.notes(o.id())).hasSize(notes + 1);
        assertThat(data.opportunities().stream().filter(x -> !x.isArchived())).hasSize(2_499);
        assertThat(data.deleteOpportunity(o.id())).isTrue();
        assertThat(data.opportunity(o.id())).isEmpty();
        assertThat(data.notes(o.id())).isEmpty();
        assertThat(data.opportunityCount()).isEqualTo(4_999);
    }

    @Test
    void aDeletedTagLeavesEveryDrawnOpportunity() {
        SandboxData data = SandboxData.seeded(5_000, 7, 0.5);

        assertThat(data.deleteTag("Java")).isTrue();

        assertThat(data.tagCounts()).doesNotContainKey("Java");
        assertThat(data.opportunities()).noneMatch(o -> o.tags().contains("Java"));
    }

    @Test
    void seedingWithoutOptionsChecksTheSizeAndShareToo() {
        assertThatThrownBy(() -> SandboxData.seeded(10, 42, 2.0))
                .hasMessage("The archived share must be from 0 to 1, got 2.0.");
        assertThatThrownBy(() -> SandboxData.seeded(1_000_001, 42, null))
                .hasMessage("The size must be from 1 to 1000000, got 1000001.");
    }

    private static List<String> walk(String query) {
        List<String> ids = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = boss.get("/opportunities?limit=100&confidentiality=all&" + query
                            + (next == null ? "" : "&offset=" + SandboxHttp.enc(next)))
                    .json();
            page.get("data").forEach(o -> ids.add(o.get("id").asText()));
            next = page.hasNonNull("next") ? page.get("next").asText() : null;
        } while (next != null);
        return ids;
    }

    private static List<String> expected(Predicate<Opportunity> filter) {
        return server.data().opportunities().stream()
                .filter(filter)
                .map(Opportunity::id)
                .toList();
    }
}
