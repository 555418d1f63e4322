package io.stageboard.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.notes.NoteService;
import io.stageboard.service.candidates.OpportunityDetailService;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.service.moves.StageMoveService;
import io.stageboard.service.tags.TagLibraryService;
import io.stageboard.service.tags.TagService;
import io.stageboard.service.sync.SyncService;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import io.stageboard.store.Outbox;
import io.stageboard.ui.board.BoardView;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.bulk.BulkWindows;
import io.stageboard.ui.common.FxUiExecutor;
import io.stageboard.ui.common.NotificationBar;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.detail.DetailServices;
import io.stageboard.ui.detail.DetailView;
import io.stageboard.ui.detail.DetailViewModel;
import io.stageboard.ui.settings.AccountSwitcher;
import io.stageboard.ui.settings.AccountsViewModel;
import io.stageboard.ui.tags.TagLibraryViewModel;
import io.stageboard.ui.tags.TagLibraryWindow;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** The main window: menus, the workspace bar, notifications, the board and the status bar, wired together. */
public final class MainWindow {

    private final Workspace workspace;
    private final UiSettings settings;
    private final Executor background;
    private final NotificationBar notifications = new NotificationBar();
    private final BoardViewModel board;
    private final BoardView boardView;
    private final StringProperty tagPrefix = new SimpleStringProperty();
    private final DetailViewModel detail;
    private final DetailView detailView;
    private final SplitPane split = new SplitPane();
    private final AccountsViewModel accounts;
    private Stage stage;
    private AccountSwitcher switcher;
    private final BulkService bulk;
    private final OutboxWorker worker;
    private final ActivityLog activity;
    private BulkWindows bulkWindows;
    private final PipelineTabs tabs;
    private final SyncService sync;
    private Timeline refresher;

    /**
     * A window without account management (the accounts menu and switcher are left out).
     *
     * @param workspace  the account to show
     * @param settings   remembered window bounds and theme
     * @param background where Lever requests and disk writes run
     */
    public MainWindow(Workspace workspace, UiSettings settings, Executor background) {
        this(workspace, settings, background, null);
    }

    /**
     * @param workspace  the account to show
     * @param settings   remembered window bounds and theme
     * @param background where Lever requests and disk writes run
     * @param accounts   builds the accounts view-model on this window's notifier; null leaves accounts out
     */
    public MainWindow(Workspace workspace, UiSettings settings, Executor background,
                      Function<Notifier, AccountsViewModel> accounts) {
        // Without the app's database the outbox lives in memory: writes work, but nothing resumes after a restart.
        this(workspace, settings, background, accounts, Database.inMemory());
    }

    /**
     * @param workspace  the account to show
     * @param settings   remembered window bounds and theme
     * @param background where Lever requests and disk writes run
     * @param accounts   builds the accounts view-model on this window's notifier; null leaves accounts out
     * @param database   the app's database, already open: it holds the outbox of every write
     */
    public MainWindow(Workspace workspace, UiSettings settings, Executor background,
                      Function<Notifier, AccountsViewModel> accounts, Database database) {
        this(workspace, settings, background, accounts, database, cacheKey(workspace, null));
    }

    /**
     * @param workspace  the account to show
     * @param settings   remembered window bounds, theme and refresh interval
     * @param background where Lever requests and disk writes run
     * @param accounts   builds the accounts view-model on this window's notifier; null leaves accounts out
     * @param database   the app's database, already open: it holds the outbox of every write
     * @param cacheKey   the key of the account's local cache in {@code database} ({@link #cacheKey}); null keeps
     *                   the cache in memory for this window only (the demo, whose data starts afresh every run)
     */
    public MainWindow(Workspace workspace, UiSettings settings, Executor background,
                      Function<Notifier, AccountsViewModel> accounts, Database database, String cacheKey) {
        this.workspace = workspace;
        this.settings = settings;
        this.background = background;
        PipelineService pipeline = new PipelineService(workspace.client(), background);
        this.worker = new OutboxWorker(new Outbox(database, Clock.systemUTC()), workspace.client(),
                workspace.performAs(), background, Clock.systemUTC());
        StageMoveService mover = new StageMoveService(worker, background);
        this.bulk = new BulkService(worker, background);
        this.activity = new ActivityLog(worker.outbox(), workspace.client(), background, ZoneId.systemDefault());
        this.sync = new SyncService(workspace.client(), new OpportunityCache(cacheKey == null ? Database.inMemory()
                : database), cacheKey == null ? "window" : cacheKey, background, Clock.systemUTC());
        this.board = new BoardViewModel(sync, mover, new FxUiExecutor(), notifications, Clock.systemDefaultZone());
        this.boardView = new BoardView(board);
        tagPrefix.set(settings.tagCompanyPrefix());
        DetailServices services = new DetailServices(pipeline,
                new OpportunityDetailService(workspace.client(), worker, background),
                new NoteService(workspace.client(), worker, background, Clock.systemUTC()),
                new TagService(workspace.client(), worker, background));
        this.detail = new DetailViewModel(services, new FxUiExecutor(), notifications, tagPrefix, ZoneId.systemDefault());
        this.detailView = new DetailView(detail);
        detail.setOnOpportunityChanged(board::applyUpdate);
        boardView.setOnOpen(this::showDetails);
        boardView.setOnEscape(detail::close);
        boardView.setCardActions(new BoardCardActions(this::showDetails, () -> bulkWindows, background));
        // An open details pane follows the selection when it is one card.
        board.selection().singleProperty().addListener((o, was, id) -> {
            if (id != null && detail.openProperty().get()) {
                showDetails(id);
            }
        });
        // The pane sits beside the board while a card is open and gives its room back when closed.
        detail.openProperty().addListener((o, was, is) -> {
            if (is && !split.getItems().contains(detailView)) {
                split.getItems().add(detailView);
                split.setDividerPositions(0.62);
            } else if (!is) {
                split.getItems().remove(detailView);
            }
        });
        this.accounts = accounts == null ? null : accounts.apply(notifications);
        if (this.accounts != null) {
            // A 401 from any load or move: back to the connect dialog, while the board keeps what it shows.
            board.keyRejectedProperty().addListener((o, was, rejected) -> {
                if (rejected) {
                    this.accounts.keyRejected();
                }
            });
        }
        this.tabs = new PipelineTabs(workspace, split, board, notifications, background);
    }

    /**
     * Builds the scene on {@code stage}, shows it and starts loading the board. Call on the FX thread. Showing
     * another workspace's window on the same stage replaces the content and keeps the window where it is.
     */
    public void show(Stage stage) {
        this.stage = stage;
        if (accounts != null) {
            switcher = new AccountSwitcher(accounts, notifications, () -> this.stage);
        }
        applyTheme(settings.darkTheme());
        bulkWindows = new BulkWindows(bulk, activity, board, new FxUiExecutor(), notifications, stage);
        BorderPane root = new BorderPane();
        root.setTop(new VBox(menuBar(stage), WindowBars.workspaceBar(workspace, switcher)));
        split.getItems().setAll(boardView);
        root.setCenter(new BorderPane(tabs.pane(stage), notifications, null, null, null));
        root.setBottom(WindowBars.statusBar(workspace, board));
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/io/stageboard/ui/stageboard.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Stageboard — " + workspace.label());
        if (!stage.isShowing()) {
            new WindowPlacement(settings, background).restoreAndTrack(stage);
        }
        stage.show();
        board.load();
        startBackgroundRefresh(stage, scene);
        bulkWindows.offerToResume();
    }

    private void showDetails(String id) {
        detail.follow(id, board.card(id).map(CardModel::postingTitle).orElse(""));
    }

    /**
     * The key of an account's local cache: the account id for a saved account, the address for an account from the
     * environment, null (memory only) for the demo.
     */
    static String cacheKey(Workspace workspace, String accountId) {
        if (accountId != null) {
            return accountId;
        }
        return workspace.kind() == Workspace.Kind.DEMO ? null : "env:" + workspace.client().baseUrl();
    }

    private void startBackgroundRefresh(Stage stage, Scene scene) {
        refresher = new Timeline(new KeyFrame(javafx.util.Duration.seconds(settings.refreshIntervalSeconds()),
                e -> board.syncNow()));
        refresher.setCycleCount(Animation.INDEFINITE);
        refresher.play();
        // Another workspace replaces this scene on the same stage: this window's refreshes and loads end with it.
        stage.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != scene) {
                    refresher.stop();
                    sync.close();
                    stage.sceneProperty().removeListener(this);
                }
            }
        });
    }

    /** The board's view-model, for the smoke test and UI tests. */
    public BoardViewModel board() {
        return board;
    }

    /** The detail pane's view-model, for UI tests. */
    public DetailViewModel detail() {
        return detail;
    }

    /** The postings, new-candidate and insights tabs, for UI tests. */
    PipelineTabs pipelineTabs() {
        return tabs;
    }

    /** The notification bar, for UI tests. */
    public NotificationBar notifications() {
        return notifications;
    }

    /** The accounts view-model, or null when this window leaves accounts out. */
    public AccountsViewModel accounts() {
        return accounts;
    }

    private MenuBar menuBar(Stage stage) {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, quit);
        if (accounts != null) {
            MenuItem connect = new MenuItem("Connect Lever account…");
            connect.setOnAction(e -> accounts.connectNew());
            file.getItems().add(0, connect);
        }

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
        MenuItem library = new MenuItem("Tag library…");
        library.setOnAction(e -> openTagLibrary(stage));
        MenuItem prefix = new MenuItem("Company prefix for new tags…");
        prefix.setOnAction(e -> askTagPrefix(stage));
        Menu tags = new Menu("Tags", null, library, prefix);
        MenuBar bar = new MenuBar(file, edit, move, view, pipelineMenu(), tags, BulkMenu.build(() -> bulkWindows, boardView));
        if (switcher != null) {
            bar.getMenus().add(switcher.menu());
        }
        return bar;
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

    private void openTagLibrary(Stage owner) {
        TagLibraryViewModel library = new TagLibraryViewModel(
                new TagService(workspace.client(), worker, background),
                new TagLibraryService(workspace.client(), bulk, background, workspace.performAs()),
                new FxUiExecutor(), notifications);
        // A finished rename shows on the cards at once: the sync brings the renamed opportunities.
        library.runningProperty().addListener((o, was, running) -> {
            if (!running) {
                board.syncNow();
            }
        });
        new TagLibraryWindow(library, owner, owner.getScene().getStylesheets()).show();
    }

    private void askTagPrefix(Stage owner) {
        TagPrefixDialog.ask(owner, tagPrefix.get(), chosen -> {
            tagPrefix.set(chosen);
            settings.setTagCompanyPrefix(chosen);
            background.execute(settings::save);
            detail.tags().resetInput();
        });
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
}
