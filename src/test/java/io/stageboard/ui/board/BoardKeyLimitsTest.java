package io.stageboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.credentials.Feature;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.service.failures.FailurePolicy;
import io.stageboard.service.sync.PipelineReference;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A narrowly scoped key, a list that answers with an error page, confidential candidates, an unreachable Lever: the
 * board still loads what it may, and says what is off and why, naming the Lever permission.
 */
class BoardKeyLimitsTest extends BoardTestBase {

    /** The optional lists and the permission each needs. */
    private static final Map<Feature, String> OPTIONAL = Map.of(
            Feature.USERS,
            "users:read",
            Feature.POSTINGS,
            "postings:read",
            Feature.TAGS,
            "tags:read",
            Feature.SOURCES,
            "sources:read",
            Feature.ARCHIVE_REASONS,
            "archive_reasons:read");

    private LeverClient keyed(String key) {
        return LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(key)
                .rateLimit(1000, 1000)
                .maxAttempts(2)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .build();
    }

    /** Loads the board with a key granted everything a board reads but {@code without}. */
    private void loadWithout(Feature without) {
        Set<String> grants = new HashSet<>(Set.of("stages:read", "opportunities:read", "opportunities:write"));
        OPTIONAL.forEach((feature, permission) -> {
            if (feature != without) {
                grants.add(permission);
            }
        });
        sandbox.grantKey("without-" + without, grants);
        client.close();
        client = keyed("without-" + without);
        board = newBoard(client, UiExecutor.direct());
        loadBoard();
    }

    @Test
    void eachOptionalListMissingFromTheKeyLeavesTheBoardWhole() {
        for (Feature feature : OPTIONAL.keySet()) {
            loadWithout(feature);

            assertThat(shownIds()).as(feature.permission()).isEqualTo(activeOnLeverWhere(o -> true));
            assertThat(board.choices().limitsProperty().get()).isEqualTo("Off: " + feature.permission());
            assertThat(board.choices().limitsDetailProperty().get())
                    .isEqualTo(FailurePolicy.missingPermission(feature).text());
        }
    }

    @Test
    void theFilterOfAMissingListIsOffAndNamesThePermission() {
        for (Feature feature : List.of(Feature.POSTINGS, Feature.USERS, Feature.TAGS, Feature.SOURCES)) {
            loadWithout(feature);

            assertThat(board.choices().offReason(feature).get())
                    .isEqualTo("This API key lacks "
                            + feature.permission() + ", needed for " + feature.usedFor()
                            + ". Ask a Super Admin to grant it"
                            + " under Settings › Integrations and API › API Credentials.");
            assertThat(List.of(Feature.POSTINGS, Feature.USERS, Feature.TAGS, Feature.SOURCES).stream()
                            .filter(f -> f != feature)
                            .map(f -> board.choices().offReason(f).get()))
                    .containsOnly("");
        }
    }

    @Test
    void withoutUsersEveryOwnerIsAnUnknownUser() {
        loadWithout(Feature.USERS);

        assertThat(board.columns().stream()
                        .flatMap(c -> c.cards().stream())
                        .filter(c -> c.ownerName() != null && !c.ownerName().isEmpty())
                        .map(CardModel::ownerName)
                        .collect(Collectors.toSet()))
                .isEqualTo(Set.of(PipelineReference.UNKNOWN_USER));
    }

    @Test
    void anErrorPageInsteadOfTheTagsLeavesTheBoardWholeAndSaysWhy() {
        sandbox.faults().next("GET", "/tags", Fault.htmlErrorPage(502), Fault.htmlErrorPage(502));

        loadBoard();

        assertThat(shownIds()).isEqualTo(activeOnLeverWhere(o -> true));
        assertThat(board.choices().offReason(Feature.TAGS).get())
                .isEqualTo("Stageboard could not read what the tag"
                        + " filter and tag suggestions need. Lever had a problem handling the request (HTTP 502). Try again in"
                        + " a few minutes.");
        assertThat(board.choices().limitsProperty().get()).isEqualTo("Off: Tags (read)");
    }

    @Test
    void aKeyWithoutOpportunitiesGetsOneSentenceAndNoBoard() {
        sandbox.grantKey("no-opportunities", Set.of("stages:read", "users:read", "postings:read", "tags:read"));
        client.close();
        client = keyed("no-opportunities");
        board = newBoard(client, UiExecutor.direct());

        board.load();
        background.runAll();

        assertThat(board.getStatus()).isEqualTo(LoadStatus.ERROR);
        assertThat(board.statusMessageProperty().get())
                .isEqualTo("Could not load the pipeline: "
                        + FailurePolicy.missingPermission(Feature.OPPORTUNITIES_READ)
                                .text() + " Press F5 to try again.");
    }

    @Test
    void confidentialCandidatesShowOnlyWithConfidentialAccessAndCarryTheLock() {
        Set<String> confidential = sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("confidential") && !o.isArchived())
                .map(SandboxModel.Opportunity::id)
                .collect(Collectors.toSet());
        loadBoard();
        assertThat(shownIds()).doesNotContainAnyElementsOf(confidential);

        sandbox.grantKey("confidential", Set.of("*", "confidential:access"));
        client.close();
        client = keyed("confidential");
        board = newBoard(client, UiExecutor.direct());
        loadBoard();

        assertThat(confidential).isNotEmpty();
        assertThat(shownIds()).containsAll(confidential);
        assertThat(board.columns().stream()
                        .flatMap(c -> c.cards().stream())
                        .filter(CardModel::isConfidential)
                        .map(CardModel::id)
                        .collect(Collectors.toSet()))
                .isEqualTo(confidential);
    }

    @Test
    void theConnectionStateFollowsTheLastSync() {
        board.setRetryInterval(Duration.ofSeconds(60));
        loadBoard();
        assertThat(board.connectionProperty().get()).isEqualTo("Connected");

        sandbox.faults().next(Fault.status(503), Fault.status(503), Fault.status(503), Fault.status(503));
        board.syncNow();
        background.runAll();
        assertThat(board.connectionProperty().get()).startsWith("Lever unavailable (HTTP 503) · next try at ");
        assertThat(board.freshnessProperty().get()).isEqualTo("Updated just now · the last update failed");
        assertThat(board.syncFailureProperty().get())
                .isEqualTo("Lever had a problem handling the request (HTTP" + " 503). Try again in a few minutes.");

        sandbox.faults().clear();
        sandbox.faults()
                .next(Fault.dropConnection(), Fault.dropConnection(), Fault.dropConnection(), Fault.dropConnection());
        board.syncNow();
        background.runAll();
        assertThat(board.connectionProperty().get()).startsWith("Offline · next try at ");

        sandbox.faults().clear();
        board.syncNow();
        background.runAll();
        assertThat(board.connectionProperty().get()).isEqualTo("Connected");
        assertThat(board.freshnessProperty().get()).isEqualTo("Updated just now");
    }
}
