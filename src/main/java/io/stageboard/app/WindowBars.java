package io.stageboard.app;

import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.Words;
import io.stageboard.ui.settings.AccountSwitcher;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
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
                        ? "Demo workspace: sample data on a built-in Lever sandbox. Changes are kept until you close"
                                + " Stageboard or leave the demo."
                        : workspace.label());
        name.getStyleClass().add("workspace-name");
        // The badge and the switcher keep their whole words; the sentence between them wraps when the window narrows.
        badge.setMinWidth(Region.USE_PREF_SIZE);
        name.setWrapText(true);
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox bar = new HBox(10, badge, name);
        if (switcher != null) {
            MenuButton switchAccount = switcher.button("Switch account");
            switchAccount.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().add(switchAccount);
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
        // One place for the work in progress (loading, updating, saving) with its progress bar; the connection
        // state beside it only once a sync has answered, so the two never say the same thing.
        Label connection = new Label();
        connection.setId("connection-state");
        connection
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> connectionText(board.connectionProperty().get()), board.connectionProperty()));
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(board.syncFailureProperty());
        reason.setWrapText(true);
        reason.setMaxWidth(480);
        connection.setTooltip(reason);
        Label limits = new Label();
        limits.setId("key-limits");
        limits.getStyleClass().add("status-limits");
        limits.textProperty().bind(board.choices().limitsProperty());
        Tooltip why = new Tooltip();
        why.textProperty().bind(board.choices().limitsDetailProperty());
        why.setWrapText(true);
        why.setMaxWidth(480);
        limits.setTooltip(why);
        Label work = new Label();
        work.setId("board-freshness");
        work.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> workText(
                                board.movesInFlightProperty().get(),
                                board.freshnessProperty().get(),
                                board.getStatus()),
                        board.movesInFlightProperty(),
                        board.freshnessProperty(),
                        board.statusProperty()));
        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add("status-progress");
        progress.visibleProperty()
                .bind(board.statusProperty()
                        .isEqualTo(LoadStatus.LOADING)
                        .or(board.movesInFlightProperty().greaterThan(0)));
        progress.managedProperty().bind(progress.visibleProperty());
        HBox items = new HBox(16, limits, work, progress, connection);
        items.setAlignment(Pos.CENTER_RIGHT);
        items.setPadding(new Insets(0, 8, 0, 0));
        status.getRightItems().setAll(items);
        return status;
    }

    /**
     * The status bar's one text for the work in progress: the changes being saved, else the board's freshness
     * ("Loading from Lever…", "Updating…", "Updated 3 min ago"), else "Loading…" while the cache is read.
     */
    static String workText(int saving, String freshness, LoadStatus status) {
        if (saving > 0) {
            return "Saving " + Words.count(saving, "change", "changes") + " to Lever…";
        }
        if (freshness != null && !freshness.isEmpty()) {
            return freshness;
        }
        return status == LoadStatus.LOADING ? "Loading…" : "";
    }

    /** The connection state, blank until a sync has answered (the work in progress says what is going on). */
    static String connectionText(String connection) {
        return connection == null || connection.startsWith("Connecting") ? "" : connection;
    }
}
