package io.stageboard.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.stageboard.service.PipelineService;
import io.stageboard.service.StageMoveService;
import io.stageboard.ui.board.BoardView;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.common.FxUiExecutor;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.NotificationBar;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;

/** The main window: menus, the workspace bar, notifications, the board and the status bar, wired together. */
public final class MainWindow {

    private final Workspace workspace;
    private final UiSettings settings;
    private final Executor background;
    private final NotificationBar notifications = new NotificationBar();
    private final BoardViewModel board;
    private final BoardView boardView;
    private final PipelineTabs tabs;

    /**
     * @param workspace  the account to show
     * @param settings   remembered window bounds and theme
     * @param background where Lever requests and disk writes run
     */
    public MainWindow(Workspace workspace, UiSettings settings, Executor background) {
        this.workspace = workspace;
        this.settings = settings;
        this.background = background;
        PipelineService pipeline = new PipelineService(workspace.client(), background);
        StageMoveService mover = new StageMoveService(workspace.client(), background, workspace.performAs());
        this.board = new BoardViewModel(pipeline, mover, new FxUiExecutor(), notifications, Clock.systemDefaultZone());
        this.boardView = new BoardView(board);
        this.tabs = new PipelineTabs(workspace, boardView, board, notifications, background);
    }

    /** Builds the scene on {@code stage}, shows it and starts loading the board. Call on the FX thread. */
    public void show(Stage stage) {
        applyTheme(settings.darkTheme());
        BorderPane root = new BorderPane();
        root.setTop(new VBox(menuBar(stage), workspaceBar()));
        root.setCenter(new BorderPane(tabs.pane(stage), notifications, null, null, null));
        root.setBottom(statusBar());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/io/stageboard/ui/stageboard.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Stageboard — " + workspace.label());
        new WindowPlacement(settings, background).restoreAndTrack(stage);
        stage.show();
        board.load();
    }

    /** The board's view-model, for the smoke test and UI tests. */
    public BoardViewModel board() {
        return board;
    }

    /** The postings, new-candidate and insights tabs, for UI tests. */
    PipelineTabs pipelineTabs() {
        return tabs;
    }

    /** The notification bar, for UI tests. */
    public NotificationBar notifications() {
        return notifications;
    }

    private MenuBar menuBar(Stage stage) {
        MenuItem connect = new MenuItem("Connect Lever account…");
        connect.setOnAction(e -> explainConnecting(stage));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, connect, quit);

        MenuItem undo = new MenuItem("Undo move");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.disableProperty().bind(board.canUndoProperty().not());
        undo.setOnAction(e -> board.undo());
        Menu edit = new Menu("Edit", null, undo);

        Menu move = new Menu("Move");
        boardView.fillMoveMenu(move);

        MenuItem refresh = new MenuItem("Refresh");
        refresh.setAccelerator(KeyCombination.keyCombination("F5"));
        refresh.setOnAction(e -> board.refresh());
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (settings.darkTheme() ? dark : light).setSelected(true);
        light.setOnAction(e -> chooseTheme(false));
        dark.setOnAction(e -> chooseTheme(true));
        Menu view = new Menu("View", null, refresh, light, dark);
        return new MenuBar(file, edit, move, view, pipelineMenu());
    }

    private Menu pipelineMenu() {
        MenuItem board = new MenuItem("Board");
        board.setOnAction(e -> tabs.select("board"));
        MenuItem postings = new MenuItem("Postings");
        postings.setOnAction(e -> tabs.select("postings"));
        MenuItem candidate = new MenuItem("New candidate…");
        candidate.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        candidate.setOnAction(e -> tabs.select("candidate"));
        MenuItem insights = new MenuItem("Insights");
        insights.setOnAction(e -> tabs.select("insights"));
        return new Menu("Pipeline", null, board, postings, candidate, insights);
    }

    private void chooseTheme(boolean dark) {
        applyTheme(dark);
        settings.setDarkTheme(dark);
        background.execute(settings::save);
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private HBox workspaceBar() {
        Label badge = new Label(workspace.kind() == Workspace.Kind.DEMO ? "DEMO" : "LEVER");
        badge.setId("workspace-badge");
        badge.getStyleClass().addAll("workspace-badge", workspace.kind().name().toLowerCase(Locale.ROOT));
        Label name = new Label(workspace.kind() == Workspace.Kind.DEMO
                ? "Demo workspace: sample data on Stageboard's built-in Lever sandbox. Changes stay on this computer."
                : workspace.label());
        name.getStyleClass().add("workspace-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button connect = new Button("Connect Lever account…");
        connect.setOnAction(e -> explainConnecting((Stage) connect.getScene().getWindow()));
        HBox bar = new HBox(10, badge, name, spacer, connect);
        bar.getStyleClass().add("workspace-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void explainConnecting(Stage owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, """
                Connecting an account from this window, with the key kept in your system's keychain, is coming soon.

                Until then, start Stageboard with LEVER_API_BASE_URL (https://api.lever.co/v1) and LEVER_API_KEY \
                set in the environment. A Super Admin creates keys in Lever under Settings › Integrations and API › \
                API Credentials. The key is kept in memory only.""", ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText("Connect a Lever account");
        alert.show();
    }

    private StatusBar statusBar() {
        StatusBar status = new StatusBar();
        status.setText(workspace.label());
        Label connection = new Label();
        connection.setId("connection-state");
        connection.textProperty().bind(Bindings.createStringBinding(() -> switch (board.getStatus()) {
            case LOADING -> "Loading from Lever…";
            case LOADED, EMPTY -> "Connected";
            case ERROR -> "Not connected";
        }, board.statusProperty()));
        Label saving = new Label();
        saving.textProperty().bind(Bindings.createStringBinding(() -> board.movesInFlightProperty().get() == 0 ? ""
                : "Saving " + board.movesInFlightProperty().get() + " change(s) to Lever…", board.movesInFlightProperty()));
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(board.statusProperty().isEqualTo(LoadStatus.LOADING)
                .or(board.movesInFlightProperty().greaterThan(0)));
        status.getRightItems().setAll(saving, connection, progress);
        return status;
    }
}
