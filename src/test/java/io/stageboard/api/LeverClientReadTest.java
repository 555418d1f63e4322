package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every read endpoint and paging, over real HTTP against a sandbox with 1,200 opportunities. */
class LeverClientReadTest {

    private static SandboxServer server;
    private static LeverClient client;

    @BeforeAll
    static void start() {
        server = Sandboxes.start(SandboxOptions.defaults().withSize(1_200).withSeed(7));
        client = Sandboxes.clientFor(server).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void stagesComeInPipelineOrder() {
        assertThat(client.stages())
                .extracting(Stage::id, Stage::text)
                .containsExactlyElementsOf(server.data().stages().stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.text()))
                        .toList());
    }

    @Test
    void archiveReasonsIncludeTheInactiveOnesAndOneHired() {
        List<ArchiveReason> reasons = client.archiveReasons();

        assertThat(reasons)
                .extracting(ArchiveReason::id)
                .containsExactlyElementsOf(server.data().archiveReasons().stream()
                        .map(SandboxModel.ArchiveReason::id)
                        .toList());
        assertThat(reasons).filteredOn(ArchiveReason::isHired).hasSize(1);
        assertThat(reasons).anyMatch(r -> !r.isActive());
    }

    @Test
    void tagsAndSourcesCarryTheServersCounts() {
        assertThat(client.tags())
                .allSatisfy(t -> assertThat(t.count())
                        .isEqualTo(server.data().tagCounts().get(t.text())));
        assertThat(client.tags())
                .extracting(Tag::text)
                .containsExactlyInAnyOrderElementsOf(
                        nonZero(server.data().tagCounts().keySet(), true));
        assertThat(client.sources())
                .allSatisfy(s -> assertThat(s.count())
                        .isEqualTo(server.data().sourceCounts().get(s.text())));
        assertThat(client.sources()).isNotEmpty();
    }

    private static Set<String> nonZero(Set<String> names, boolean tags) {
        return names.stream()
                .filter(n -> (tags ? server.data().tagCounts() : server.data().sourceCounts()).get(n) > 0)
                .collect(Collectors.toSet());
    }

    @Test
    void usersAreActiveOnlyUnlessDeactivatedOnesAreAskedFor() {
        List<User> active = client.users(false);
        List<User> all = client.users(true);

        assertThat(active).allMatch(User::isActive);
        assertThat(all)
                .extracting(User::id)
                .containsExactlyInAnyOrderElementsOf(server.data().users().stream()
                        .map(SandboxModel.User::id)
                        .toList());
        assertThat(all).anyMatch(u -> !u.isActive());
        assertThat(active).hasSize((int)
                server.data().users().stream().filter(u -> !u.deactivated()).count());
    }

    @Test
    void postingsOfEveryStateAreListed() {
        List<Posting> postings = client.postings();

        assertThat(postings)
                .extracting(Posting::id)
                .containsExactlyInAnyOrderElementsOf(server.data().postings().stream()
                        .filter(p -> !"confidential".equals(p.confidentiality()))
                        .map(SandboxModel.Posting::id)
                        .toList());
        assertThat(postings).extracting(Posting::state).contains("published", "closed");
    }

    @Test
    void oneOpportunityMatchesTheServersRecord() {
        SandboxModel.Opportunity expected = visible().get(3);

        Opportunity o = client.opportunity(expected.id());

        assertThat(o.id()).isEqualTo(expected.id());
        assertThat(o.name()).isEqualTo(expected.name());
        assertThat(o.stage()).isEqualTo(expected.stage());
        assertThat(o.tags()).containsExactlyElementsOf(expected.tags());
        assertThat(o.emails()).containsExactlyElementsOf(expected.emails());
        assertThat(o.isArchived()).isEqualTo(expected.isArchived());
        assertThat(o.createdAt()).isEqualTo(expected.createdAt());
        assertThat(o.stageChanges()).hasSize(expected.stageChanges().size());
    }

    @Test
    void anUnknownOpportunityIsATypedNotFound() {
        assertThatThrownBy(() -> client.opportunity("00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(LeverNotFoundException.class)
                .hasMessageStartingWith("This opportunity no longer exists in Lever; refresh.")
                .satisfies(e -> assertThat(((LeverException) e).status()).isEqualTo(404));
    }

    @Test
    void allOpportunitiesArriveOverManyPagesWithoutDuplicates() {
        Pager<Opportunity> pager = client.opportunities(OpportunityQuery.all());
        List<String> ids = new java.util.ArrayList<>();
        int pages = 0;
        while (pager.hasMore()) {
            Page<Opportunity> page = pager.nextPage();
            assertThat(page.items()).hasSizeLessThanOrEqualTo(100);
            page.items().forEach(o -> ids.add(o.id()));
            pages++;
        }

        assertThat(pages).isGreaterThanOrEqualTo(10);
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(ids)
                .containsExactlyInAnyOrderElementsOf(
                        visible().stream().map(SandboxModel.Opportunity::id).toList());
    }

    @Test
    void thePagerFetchesLazilySoTheFirstPageComesFirst() {
        long before = server.stats().requests();
        Pager<Opportunity> pager = client.opportunities(OpportunityQuery.all());

        assertThat(server.stats().requests()).isEqualTo(before);
        Page<Opportunity> first = pager.nextPage();

        assertThat(first.items()).hasSize(100);
        assertThat(first.hasNext()).isTrue();
        assertThat(pager.hasMore()).isTrue();
        assertThat(server.stats().requests()).isEqualTo(before + 1);
    }

    @Test
    void pagesCanBeWalkedByHandWithTheOpaqueToken() {
        Page<Opportunity> first = client.opportunitiesPage(OpportunityQuery.all(), null);
        Page<Opportunity> second = client.opportunitiesPage(OpportunityQuery.all(), first.next());

        assertThat(first.next()).isNotBlank();
        assertThat(second.items())
                .isNotEmpty()
                .extracting(Opportunity::id)
                .doesNotContainAnyElementsOf(
                        first.items().stream().map(Opportunity::id).toList());
    }

    @Test
    void aStageFilterReturnsExactlyThatStage() {
        String stage = server.data().stages().get(0).id();

        List<Opportunity> found = client.opportunities(
                        OpportunityQuery.builder().stage(stage).build())
                .fetchAll();

        assertThat(found).isNotEmpty().allMatch(o -> o.stage().equals(stage));
        assertThat(found).hasSize(count(o -> o.stage().equals(stage)));
    }

    @Test
    void repeatedFiltersAreAUnion() {
        String a = server.data().stages().get(0).id();
        String b = server.data().stages().get(3).id();

        List<Opportunity> found = client.opportunities(
                        OpportunityQuery.builder().stage(a, b).build())
                .fetchAll();

        assertThat(found).hasSize(count(o -> o.stage().equals(a) || o.stage().equals(b)));
        assertThat(found).extracting(Opportunity::stage).contains(a, b);
    }

    @Test
    void tagFiltersAreUnionsAndCaseSensitive() {
        List<String> tags = server.data().tagCounts().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(java.util.Map.Entry::getKey)
                .limit(2)
                .toList();

        List<Opportunity> found = client.opportunities(OpportunityQuery.builder()
                        .tag(tags.toArray(String[]::new))
                        .build())
                .fetchAll();

        assertThat(found).hasSize(count(o -> o.tags().stream().anyMatch(tags::contains)));
        assertThat(client.opportunities(OpportunityQuery.builder()
                                .tag(tags.get(0).toUpperCase() + "-nope")
                                .build())
                        .fetchAll())
                .isEmpty();
    }

    @Test
    void theArchivedFilterSplitsActiveFromArchived() {
        List<Opportunity> archived = client.opportunities(
                        OpportunityQuery.builder().archived(true).build())
                .fetchAll();
        List<Opportunity> active = client.opportunities(
                        OpportunityQuery.builder().archived(false).build())
                .fetchAll();

        assertThat(archived).isNotEmpty().allMatch(Opportunity::isArchived);
        assertThat(active).isNotEmpty().noneMatch(Opportunity::isArchived);
        assertThat(archived.size() + active.size()).isEqualTo(visible().size());
    }

    @Test
    void postingAndCombinedFiltersNarrowTheList() {
        String posting = visible().stream()
                .map(SandboxModel.Opportunity::postingId)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow();

        List<Opportunity> found = client.opportunities(OpportunityQuery.builder()
                        .posting(posting)
                        .archived(false)
                        .build())
                .fetchAll();

        assertThat(found).hasSize(count(o -> posting.equals(o.postingId()) && !o.isArchived()));
        assertThat(found).isNotEmpty();
    }

    @Test
    void reasonOriginSourceAndUpdatedSinceFiltersMatchTheServer() {
        SandboxModel.Opportunity archived = visible().stream()
                .filter(SandboxModel.Opportunity::isArchived)
                .findFirst()
                .orElseThrow();
        String reason = archived.archived().reason();
        String origin = archived.origin();
        String source = archived.sources().get(0);
        long since = visible().stream()
                .map(SandboxModel.Opportunity::updatedAt)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .skip(visible().size() / 2)
                .findFirst()
                .orElseThrow();

        assertThat(client.opportunities(
                                OpportunityQuery.builder().archiveReason(reason).build())
                        .fetchAll())
                .hasSize(count(o -> o.isArchived() && o.archived().reason().equals(reason)));
        assertThat(client.opportunities(
                                OpportunityQuery.builder().origin(origin).build())
                        .fetchAll())
                .hasSize(count(o -> origin.equals(o.origin())));
        assertThat(client.opportunities(
                                OpportunityQuery.builder().source(source).build())
                        .fetchAll())
                .hasSize(count(o -> o.sources().contains(source)));
        assertThat(client.opportunities(
                                OpportunityQuery.builder().updatedAtStart(since).build())
                        .fetchAll())
                .hasSize(count(o -> o.updatedAt() != null && o.updatedAt() >= since))
                .allMatch(o -> o.updatedAt() >= since);
    }

    @Test
    void expandedReferencesStillArriveAsIds() {
        Page<Opportunity> page = client.opportunitiesPage(
                OpportunityQuery.builder().expand("stage", "owner", "followers").build(), null);

        assertThat(page.items()).isNotEmpty().allSatisfy(o -> {
            SandboxModel.Opportunity expected =
                    server.data().opportunity(o.id()).orElseThrow();
            assertThat(o.stage()).isEqualTo(expected.stage());
            assertThat(o.owner()).isEqualTo(expected.owner());
            assertThat(o.followers()).containsExactlyElementsOf(expected.followers());
        });
    }

    @Test
    void notesOfAnOpportunityAreListedWithTheirText() {
        SandboxModel.Opportunity o = visible().stream()
                .filter(x -> !server.data().notes(x.id()).isEmpty())
                .findFirst()
                .orElseThrow();

        List<Note> notes = client.notes(o.id());

        assertThat(notes)
                .extracting(Note::id)
                .containsExactlyInAnyOrderElementsOf(server.data().notes(o.id()).stream()
                        .map(SandboxModel.Note::id)
                        .toList());
        assertThat(notes)
                .extracting(Note::body)
                .containsExactlyInAnyOrderElementsOf(server.data().notes(o.id()).stream()
                        .map(SandboxModel.Note::value)
                        .toList());
    }

    private static List<SandboxModel.Opportunity> visible() {
        // Lever hides confidential opportunities unless asked for them.
        return server.data().opportunities().stream()
                .filter(o -> !"confidential".equals(o.confidentiality()))
                .toList();
    }

    private static int count(Predicate<SandboxModel.Opportunity> filter) {
        return (int) visible().stream().filter(filter).count();
    }
}
