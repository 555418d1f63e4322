package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.StageChange;
import io.stageboard.sandbox.SandboxModel.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteTest {

    private SandboxServer server;
    private SandboxHttp http;
    private User recruiter;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withSize(50));
        http = SandboxHttp.of(server);
        recruiter = server.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Opportunity active() {
        return server.data().opportunities().stream()
                .filter(o -> !o.isArchived() && !o.stage().equals("offer"))
                .findFirst()
                .orElseThrow();
    }

    private Opportunity current(String id) {
        return server.data().opportunity(id).orElseThrow();
    }

    @Test
    void movingTheStageAppendsAStageChangeAttributedToPerformAs() {
        Opportunity before = active();

        SandboxHttp.Answer a = http.put(
                "/opportunities/" + before.id() + "/stage?perform_as=" + recruiter.id(), "{\"stage\":\"offer\"}");

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().at("/data/stage").asText()).isEqualTo("offer");
        Opportunity after = current(before.id());
        StageChange last = after.stageChanges().get(after.stageChanges().size() - 1);
        assertThat(after.stage()).isEqualTo("offer");
        assertThat(after.stageChanges()).hasSize(before.stageChanges().size() + 1);
        assertThat(last).isEqualTo(new StageChange("offer", 7, last.updatedAt(), recruiter.id()));
        assertThat(after.lastAdvancedAt()).isEqualTo(last.updatedAt());
        assertThat(after.updatedAt()).isEqualTo(last.updatedAt());
        assertThat(a.json().at("/data/stageChanges").size())
                .isEqualTo(after.stageChanges().size());
    }

    @Test
    void aStageMoveWithoutPerformAsRecordsNoUser() {
        Opportunity before = active();

        http.put("/opportunities/" + before.id() + "/stage", "{\"stage\":\"offer\"}");

        Opportunity after = current(before.id());
        assertThat(after.stageChanges().get(after.stageChanges().size() - 1).userId())
                .isNull();
    }

    @Test
    void movingToTheCurrentStageChangesNothing() {
        Opportunity before = active();

        assertThat(http.put("/opportunities/" + before.id() + "/stage", "{\"stage\":\"" + before.stage() + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(current(before.id())).isEqualTo(before);
    }

    @Test
    void badStageWritesAreRefused() {
        Opportunity o = active();

        assertThat(http.put("/opportunities/" + o.id() + "/stage", "{\"stage\":\"nope\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.put("/opportunities/" + o.id() + "/stage", "{}").status())
                .isEqualTo(400);
        assertThat(http.put("/opportunities/unknown-id/stage", "{\"stage\":\"offer\"}")
                        .status())
                .isEqualTo(404);
        assertThat(current(o.id())).isEqualTo(o);
    }

    @Test
    void performAsMustBeAnActiveUser() {
        Opportunity o = active();
        User gone = server.data().users().stream()
                .filter(User::deactivated)
                .findFirst()
                .orElseThrow();

        SandboxHttp.Answer unknown =
                http.put("/opportunities/" + o.id() + "/stage?perform_as=nobody", "{\"stage\":\"offer\"}");
        SandboxHttp.Answer deactivated =
                http.post("/opportunities/" + o.id() + "/addTags?perform_as=" + gone.id(), "{\"tags\":[\"x\"]}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText())
                .contains("perform_as")
                .contains("nobody");
        assertThat(deactivated.status()).isEqualTo(400);
        assertThat(deactivated.json().get("message").asText()).contains("deactivated");
        assertThat(current(o.id())).isEqualTo(o);
    }

    @Test
    void archivingChangingTheReasonAndUnarchiving() {
        Opportunity o = active();
        ArchiveReason timing = reason("Timing");
        ArchiveReason withdrew = reason("Withdrew");

        JsonNode archived = http.put("/opportunities/" + o.id() + "/archived", "{\"reason\":\"" + timing.id() + "\"}")
                .json();
        long archivedAt = current(o.id()).archived().archivedAt();
        http.put("/opportunities/" + o.id() + "/archived", "{\"reason\":\"" + withdrew.id() + "\"}");
        Opportunity changed = current(o.id());
        JsonNode unarchived = http.put("/opportunities/" + o.id() + "/archived", "{\"reason\":null}")
                .json();

        assertThat(archived.at("/data/archived/reason").asText()).isEqualTo(timing.id());
        assertThat(archived.at("/data/archived/archivedAt").asLong()).isEqualTo(archivedAt);
        assertThat(changed.archived().reason()).isEqualTo(withdrew.id());
        assertThat(unarchived.at("/data/archived").isNull()).isTrue();
        assertThat(current(o.id()).archived()).isNull();
        assertThat(current(o.id()).updatedAt()).isGreaterThanOrEqualTo(archivedAt);
    }

    @Test
    void badArchiveWritesAreRefused() {
        Opportunity o = active();

        assertThat(http.put("/opportunities/" + o.id() + "/archived", "{}").status())
                .isEqualTo(400);
        assertThat(http.put("/opportunities/" + o.id() + "/archived", "{\"reason\":\"nope\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.put(
                                "/opportunities/" + o.id() + "/archived",
                                "{\"reason\":\"" + reason("No response - OLD").id() + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(current(o.id())).isEqualTo(o);
    }

    @Test
    void tagsAreExactCaseWithoutDuplicatesAndCountsFollow() {
        Opportunity o = active();
        int referralBefore = server.data().tagCounts().getOrDefault("Referral", 0);

        http.post(
                "/opportunities/" + o.id() + "/addTags?perform_as=" + recruiter.id(),
                "{\"tags\":[\"Brand new tag\",\"Brand new tag\",\"brand new tag\"]}");
        http.post("/opportunities/" + o.id() + "/addTags", "{\"tags\":[\"Brand new tag\"]}");
        JsonNode removed = http.post(
                        "/opportunities/" + o.id() + "/removeTags", "{\"tags\":[\"brand new tag\",\"Never had it\"]}")
                .json();

        Opportunity after = current(o.id());
        assertThat(after.tags()).containsOnlyOnce("Brand new tag").doesNotContain("brand new tag");
        assertThat(removed.at("/data/tags").toString()).contains("Brand new tag");
        assertThat(server.data().tagCounts())
                .containsEntry("Brand new tag", 1)
                .containsEntry("brand new tag", 0)
                .doesNotContainKey("Never had it");
        assertThat(server.data().tagCounts().getOrDefault("Referral", 0)).isEqualTo(referralBefore);
        assertThat(http.get("/tags").body()).contains("{\"text\":\"Brand new tag\",\"count\":1}");
        assertThat(http.post("/opportunities/" + o.id() + "/addTags", "{\"tags\":\"x\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void sourcesCanBeAddedAndRemoved() {
        Opportunity o = active();

        http.post("/opportunities/" + o.id() + "/addSources", "{\"sources\":[\"Meetup\"]}");
        assertThat(current(o.id()).sources()).contains("Meetup");
        http.post("/opportunities/" + o.id() + "/removeSources", "{\"sources\":[\"Meetup\"]}");

        assertThat(current(o.id()).sources()).doesNotContain("Meetup");
        assertThat(server.data().sourceCounts()).containsEntry("Meetup", 0);
    }

    @Test
    void changesMadeInTheLeverAppShowThroughTheApi() {
        Opportunity o = active();

        server.data().moveStage(o.id(), "offer", recruiter.id()).orElseThrow();
        assertThat(http.get("/opportunities/" + o.id()).json().at("/data/stage").asText())
                .isEqualTo("offer");
        assertThat(server.data().deleteOpportunity(o.id(), recruiter.id())).isTrue();

        assertThat(http.get("/opportunities/" + o.id()).status()).isEqualTo(404);
        JsonNode deleted = http.get("/opportunities/deleted?limit=100").json().get("data");
        assertThat(deleted.findValuesAsText("id")).contains(o.id());
    }

    @Test
    void concurrentWritesKeepTagCountsExact() throws Exception {
        List<Opportunity> targets = server.data().opportunities().subList(0, 20);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String tag = "Load " + t;
                for (Opportunity o : targets) {
                    results.add(pool.submit(
                            () -> http.post("/opportunities/" + o.id() + "/addTags", "{\"tags\":[\"" + tag + "\"]}")
                                    .status()));
                }
            }
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        for (int t = 0; t < 8; t++) {
            assertThat(server.data().tagCounts()).containsEntry("Load " + t, 20);
        }
        assertThat(targets).allSatisfy(o -> assertThat(current(o.id()).tags()).contains("Load 0", "Load 7"));
    }

    @Test
    void latencyDelaysButStillAnswers() throws Exception {
        try (SandboxServer slow =
                SandboxServer.start(SandboxOptions.defaults().withSize(5).withLatencyMs(20))) {
            assertThat(SandboxHttp.of(slow).get("/stages").status()).isEqualTo(200);
        }
    }

    private ArchiveReason reason(String text) {
        return server.data().archiveReasons().stream()
                .filter(r -> r.text().equals(text))
                .findFirst()
                .orElseThrow();
    }
}
