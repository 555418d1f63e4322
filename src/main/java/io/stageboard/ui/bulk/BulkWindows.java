package io.stageboard.ui.bulk;

import io.stageboard.api.ArchiveReason;
import io.stageboard.service.bulk.BulkJob;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import io.stageboard.ui.common.UserAction;
import io.stageboard.ui.common.WindowKeys;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the bulk feature's windows: the bulk action dialog on a selection, a job's progress and report, the
 * opportunities table and the activity log; and offers to resume jobs left unfinished by the last run.
 */
public final class BulkWindows {

    private static final double SCREEN_MARGIN = 48;

    private final BulkService bulk;
    private final ActivityLog activity;
    private final BoardViewModel board;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final Window owner;

    /**
     * @param bulk     the bulk engine
     * @param activity the activity log service
     * @param board    the board, whose cards are the selectable opportunities and show completed items
     * @param ui       the FX executor
     * @param notifier the notification bar
     * @param owner    the main window
     */
    public BulkWindows(
            BulkService bulk,
            ActivityLog activity,
            BoardViewModel board,
            UiExecutor ui,
            Notifier notifier,
            Window owner) {
        this.bulk = bulk;
        this.activity = activity;
        this.board = board;
        this.ui = ui;
        this.notifier = notifier;
        this.owner = owner;
    }

    /** Opens the bulk action dialog on these opportunities and, if the user runs it, the job's window. */
    public void bulkAction(List<String> ids) {
        bulkAction(ids, BulkActionViewModel.Action.ADD_TAGS);
    }

    /** Opens the bulk action dialog on these opportunities with {@code action} chosen (a card's context menu). */
    public void bulkAction(List<String> ids, BulkActionViewModel.Action action) {
        List<BulkTarget> targets = ids.stream()
                .map(board::card)
                .flatMap(Optional::stream)
                .map(BulkTargets::of)
                .toList();
        if (targets.isEmpty()) {
            notifier.error("Select opportunities first: click cards (Shift or Ctrl for more), use Select all in"
                    + " column, or select rows in the opportunities table.");
            return;
        }
        BulkActionViewModel model = new BulkActionViewModel(bulk, targets, stageChoices(), reasonChoices());
        model.actionProperty().set(action);
        if (new BulkActionDialog(owner, model).askToRun()) {
            BulkJobViewModel job = newJob();
            job.follow(model.start(job.listener()));
        }
    }

    /** Opens a resumed job's window. */
    public void resume(BulkJob job) {
        BulkJobViewModel model = newJob();
        model.follow(bulk.resume(job.id(), model.listener()));
    }

    /** Looks for jobs left unfinished by the last run and offers to resume each. */
    public void offerToResume() {
        bulk.unfinishedJobs()
                .whenCompleteAsync(
                        (jobs, error) -> {
                            if (error != null) {
                                notifier.error("Could not read unfinished bulk jobs: " + Failures.describe(error));
                                return;
                            }
                            for (BulkJob job : jobs) {
                                notifier.info(
                                        "Unfinished from last time: " + job.description() + ".",
                                        List.of(new UserAction("Resume", () -> resume(job))));
                            }
                        },
                        ui);
    }

    private BulkJobViewModel newJob() {
        BulkJobViewModel model = new BulkJobViewModel(bulk, ui, board::applyUpdate);
        Stage stage = window("Bulk job", new BulkJobView(model), 560, 460);
        stage.titleProperty().bind(model.titleProperty());
        stage.show();
        return model;
    }

    /** Opens the opportunities table. */
    public void openTable() {
        OpportunityTableView view = new OpportunityTableView(new OpportunityTableViewModel(board), this::bulkAction);
        window("Opportunities", view, 1000, 640).show();
    }

    /** Opens the activity log. */
    public void openActivityLog() {
        ActivityLogViewModel model = new ActivityLogViewModel(activity, ui);
        window("Activity log", new ActivityLogView(model), 1000, 620).show();
        model.load();
    }

    private Stage window(String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        // Never larger than the screen the main window is on, less a margin for the desktop's own bars.
        Rectangle2D screen =
                Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()).stream()
                        .findFirst()
                        .orElse(Screen.getPrimary())
                        .getVisualBounds();
        Scene scene = new Scene(
                content,
                Math.min(width, screen.getWidth() - SCREEN_MARGIN),
                Math.min(height, screen.getHeight() - SCREEN_MARGIN));
        scene.getStylesheets()
                .add(Objects.requireNonNull(BulkWindows.class.getResource("/io/stageboard/ui/stageboard.css"))
                        .toExternalForm());
        stage.setScene(scene);
        WindowKeys.closeOnEscape(stage);
        return stage;
    }

    private List<BulkActionViewModel.Choice> stageChoices() {
        return board.columns().stream()
                .map(c -> new BulkActionViewModel.Choice(c.stageId(), c.stageName()))
                .toList();
    }

    private List<BulkActionViewModel.Choice> reasonChoices() {
        return board.reference()
                .map(r -> r.archiveReasons().stream()
                        .filter(ArchiveReason::isActive)
                        .map(a -> new BulkActionViewModel.Choice(a.id(), a.text()))
                        .toList())
                .orElse(List.of());
    }
}
