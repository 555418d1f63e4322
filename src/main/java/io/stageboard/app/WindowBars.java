package io.stageboard.app;

import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.settings.AccountSwitcher;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/** The two bars that frame the window: the workspace bar on top, the status bar at the bottom. */
final class WindowBars {

    private WindowBars() {}

    /** The coloured badge (demo, sandbox or production), the workspace's name and, with accounts, the switcher. */
    static HBox workspaceBar(Workspace workspace, AccountSwitcher switcher) {
        Label badge = new Label(workspace.kind().badge());
        badge.setId("workspace-badge");
        badge.getStyleClass().addAll("workspace-badge", workspace.kind().name().toLowerCase(Locale.ROOT));
        Label name = new Label(
                workspace.kind() == Workspace.Kind.DEMO
                        ? "Demo workspace: sample data on Stageboard's built-in Lever sandbox. Changes stay on this computer."
                        : workspace.label());
        name.getStyleClass().add("workspace-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, badge, name, spacer);
        if (switcher != null) {
            bar.getChildren().add(switcher.button("Switch account"));
        }
        bar.getStyleClass().add("workspace-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The workspace, the connection state and the work in progress (loading, changes being saved). */
    static StatusBar statusBar(Workspace workspace, BoardViewModel board) {
        StatusBar status = new StatusBar();
        status.setText(workspace.label());
        // The status bar only reports: keep it out of the Tab order, and give screen readers its name.
        status.setFocusTraversable(false);
        status.setAccessibleText("Status bar");
        Label connection = new Label();
        connection.setId("connection-state");
        // Loading until the first answer; then what the last sync found: Connected, Offline, Lever unavailable,
        // Rate limited or Key rejected, with the next try.
        connection
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> board.getStatus() == LoadStatus.LOADING
                                        && board.connectionProperty().get().startsWith("Connect")
                                ? "Loading from Lever…"
                                : board.connectionProperty().get(),
                        board.statusProperty(),
                        board.connectionProperty()));
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(board.syncFailureProperty());
        reason.setWrapText(true);
        reason.setMaxWidth(480);
        connection.setTooltip(reason);
        Label limits = new Label();
        limits.setId("key-limits");
        limits.getStyleClass().add("status-limits");
        limits.setPadding(new Insets(0, 12, 0, 0));
        limits.textProperty().bind(board.choices().limitsProperty());
        Tooltip why = new Tooltip();
        why.textProperty().bind(board.choices().limitsDetailProperty());
        why.setWrapText(true);
        why.setMaxWidth(480);
        limits.setTooltip(why);
        Label saving = new Label();
        saving.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> board.movesInFlightProperty().get() == 0
                                ? ""
                                : "Saving " + board.movesInFlightProperty().get() + " change(s) to Lever…",
                        board.movesInFlightProperty()));
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty()
                .bind(board.statusProperty()
                        .isEqualTo(LoadStatus.LOADING)
                        .or(board.movesInFlightProperty().greaterThan(0)));
        Label freshness = new Label();
        freshness.setId("board-freshness");
        freshness.getStyleClass().add("status-freshness");
        freshness.textProperty().bind(board.freshnessProperty());
        status.getRightItems().setAll(limits, freshness, saving, connection, progress);
        return status;
    }
}
