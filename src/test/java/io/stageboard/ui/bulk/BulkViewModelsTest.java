package io.stageboard.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.Snapshot;
import io.stageboard.store.Database;
import io.stageboard.store.Outbox;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.ui.common.UiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk dialog's and the job window's view-models, without the toolkit, against the sandbox. */
class BulkViewModelsTest {

    @TempDir
    Path home;

    private SandboxServer sandbox;
    private LeverClient client;
    private Database db;
    private ManualExecutor steps;
    private BulkService bulk;
    private final List<Opportunity> shownOnBoard = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(60).withSeed(4));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .maxAttempts(2)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(2))
                .build();
        db = Database.open(home);
        steps = new ManualExecutor();
        bulk = new BulkService(
                new OutboxWorker(new Outbox(db, Clock.systemUTC()), client, null, steps, Clock.systemUTC()), steps);
    }

    @AfterEach
    void stop() {
        db.close();
        client.close();
        sandbox.close();
    }

    private List<BulkTarget> targets(int n) {
        return sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential"))
                .filter(o -> !o.isArchived() && !o.tags().contains("Bulk"))
                .limit(n)
                .map(o -> new BulkTarget(o.id(), o.name(), new Snapshot(o.stage(), o.tags(), false, null)))
                .toList();
    }

    private BulkActionViewModel dialog(List<BulkTarget> targets) {
        return new BulkActionViewModel(
                bulk,
                targets,
                List.of(new BulkActionViewModel.Choice("offer", "Offer")),
                List.of(new BulkActionViewModel.Choice("hired", "Hired")));
    }

    @Test
    void theDialogNamesWhatIsMissingAndPreviewsTheJob() {
        BulkActionViewModel model = dialog(targets(3));

        assertThat(model.validationProperty().get()).isEqualTo("Type at least one tag, one per line.");
        model.tagsTextProperty().set(" Bulk \n\nBulk\nReviewed, 2024\n");
        assertThat(model.validationProperty().get()).isEmpty();
        assertThat(model.tags()).containsExactly("Bulk", "Reviewed, 2024");
        assertThat(model.previewTextProperty().get())
                .isEqualTo(
                        "Add tags \"Bulk\", \"Reviewed, 2024\" to 3 candidates: 3 of 3 to change. About 1 s at Lever's rate limit.");

        model.actionProperty().set(BulkActionViewModel.Action.MOVE);
        assertThat(model.validationProperty().get()).isEqualTo("Choose the stage to move them to.");
        model.stageProperty().set(model.stages().get(0));
        assertThat(model.needsConfirmation()).isFalse();

        assertThat(dialog(List.of()).validationProperty().get())
                .isEqualTo("Select at least one opportunity on the board or in the table first.");
    }

    @Test
    void archivingMoreThanFiveAsksToConfirm() {
        BulkActionViewModel model = dialog(targets(6));
        model.actionProperty().set(BulkActionViewModel.Action.ARCHIVE);
        model.reasonProperty().set(model.reasons().get(0));

        assertThat(model.needsConfirmation()).isTrue();
        assertThat(model.confirmationText())
                .isEqualTo(
                        "Archive 6 candidates as Hired? This changes 6 opportunities in Lever for everyone on your team.");
    }

    @Test
    void theJobWindowShowsProgressTheReportWithLeversReasonRetriesAndUpdatesTheBoard() {
        List<BulkTarget> targets = targets(4);
        sandbox.faults().next("POST", "/opportunities/" + targets.get(2).id() + "/addTags", Fault.status(400));
        BulkActionViewModel dialog = dialog(targets);
        dialog.tagsTextProperty().set("Bulk");
        BulkJobViewModel job = new BulkJobViewModel(bulk, UiExecutor.direct(), shownOnBoard::add);

        job.follow(dialog.start(job.listener()));
        assertThat(job.runningProperty().get()).isTrue();
        steps.runAll();

        assertThat(job.runningProperty().get()).isFalse();
        assertThat(job.progressTextProperty().get()).startsWith("4 of 4 done");
        assertThat(job.reportTextProperty().get())
                .isEqualTo("Add tag \"Bulk\" to 4 candidates: 3 succeeded, 0 unchanged, 1 failed.");
        assertThat(job.failures())
                .singleElement()
                .asString()
                .startsWith(targets.get(2).name() + ": Lever refused the request");
        assertThat(shownOnBoard)
                .extracting(Opportunity::id)
                .hasSize(3)
                .doesNotContain(targets.get(2).id());
        assertThat(shownOnBoard).allSatisfy(o -> assertThat(o.tags()).contains("Bulk"));
        assertThat(job.canRetryProperty().get()).isTrue();

        job.retryFailed();
        steps.runAll();

        assertThat(job.reportTextProperty().get())
                .isEqualTo("Add tag \"Bulk\" to 4 candidates: 4 succeeded, 0 unchanged, 0 failed.");
        assertThat(job.failures()).isEmpty();
        assertThat(targets).allSatisfy(t -> assertThat(onLever(t.id()).tags()).contains("Bulk"));

        job.undo();
        steps.runAll();

        assertThat(job.reportTextProperty().get())
                .isEqualTo("Remove tag \"Bulk\" from 4 candidates: 4 succeeded, 0 unchanged, 0 failed.");
        assertThat(targets).allSatisfy(t -> assertThat(onLever(t.id()).tags()).doesNotContain("Bulk"));
    }

    @Test
    void pauseAndResumeShowInTheJobWindow() {
        BulkActionViewModel dialog = dialog(targets(8));
        dialog.tagsTextProperty().set("Bulk");
        BulkJobViewModel job = new BulkJobViewModel(bulk, UiExecutor.direct(), shownOnBoard::add);
        job.follow(dialog.start(job.listener()));
        steps.runNext();
        steps.runNext();

        job.pause();
        steps.runAll();
        assertThat(job.pausedProperty().get()).isTrue();
        assertThat(job.progressTextProperty().get()).startsWith("4 of 8 done").endsWith(" · paused");

        job.resume();
        steps.runAll();
        assertThat(job.reportTextProperty().get())
                .isEqualTo("Add tag \"Bulk\" to 8 candidates: 8 succeeded, 0 unchanged, 0 failed.");
    }

    private SandboxModel.Opportunity onLever(String id) {
        return sandbox.data().opportunity(id).orElseThrow();
    }
}
