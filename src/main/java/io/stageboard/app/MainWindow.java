package io.stageboard.app;

import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.candidates.AttachmentService;
import io.stageboard.service.candidates.OpportunityDetailService;
import io.stageboard.service.moves.StageMoveService;
import io.stageboard.service.notes.NoteService;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.TagDeletionJournal;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.service.sync.SyncService;
import io.stageboard.service.tags.TagLibraryService;
import io.stageboard.service.tags.TagService;
import io.stageboard.store.Database;
import io.stageboard.store.OpportunityCache;
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
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

/**
 * The main window's wiring: one workspace's client, outbox and cache, the services on them, the view-models and
 * views. {@link #show} assembles the menus ({@link WindowMenus}), the layout ({@link WindowLayout}), the theme
 * ({@link WindowTheme}) and the background refresh ({@link BackgroundRefresh}) on a stage.
 */
public final class MainWindow {

    private final Workspace workspace;
    private final UiSettings settings;
    private final Executor background;
    private final NotificationBar notifications = new NotificationBar();
    private final StringProperty tagPrefix = new SimpleStringProperty();
    private final OutboxWorker worker;
    private final BulkService bulk;
    private final ActivityLog activity;
    private final SyncService sync;
    private final BoardViewModel board;
    private final BoardView boardView;
    private final DetailViewModel detail;
    private final WindowLayout layout;
    private final PipelineTabs tabs;
    private final AccountsViewModel accounts;
    private final WindowTheme theme;
    // Made with the stage in show(); the card menu's actions reach it through a supplier.
    private BulkWindows bulkWindows;

    /**
     * @param workspace  the account to show
     * @param settings   remembered window bounds, theme, refresh interval and tag prefix
     * @param background where Lever requests and disk writes run
     * @param accounts   builds the accounts view-model on this window's notifier; null leaves accounts out
     * @param database   the app's database, already open: it holds the outbox of every write
     * @param cacheKey   the key of the account's local cache in {@code database} ({@link #cacheKey}); null keeps
     *                   the cache in memory for this window only (the demo, whose data starts afresh every run)
     */
    public MainWindow(
            Workspace workspace,
            UiSettings settings,
            Executor background,
            Function<Notifier, AccountsViewModel> accounts,
            Database database,
            String cacheKey) {
        this.workspace = workspace;
        this.settings = settings;
        this.background = background;
        this.theme = new WindowTheme(settings, background);
        PipelineService pipeline = new PipelineService(workspace.client(), background);
        this.worker = new OutboxWorker(
                new Outbox(database, Clock.systemUTC()),
                workspace.client(),
                workspace.performAs(),
                background,
                Clock.systemUTC());
        this.bulk = new BulkService(worker, background);
        this.activity = new ActivityLog(worker.outbox(), workspace.client(), background, ZoneId.systemDefault());
        StageMoveService mover = new StageMoveService(worker, background);
        this.sync = new SyncService(
                workspace.client(),
                new OpportunityCache(cacheKey == null ? Database.inMemory() : database),
                cacheKey == null ? "window" : cacheKey,
                background,
                Clock.systemUTC());
        sync.setOnTagsDeleted(
                new TagDeletionJournal(worker.outbox(), workspace.client().baseUrl())::record);
        this.board = new BoardViewModel(sync, mover, new FxUiExecutor(), notifications, Clock.systemDefaultZone());
        board.setRetryInterval(Duration.ofSeconds(settings.refreshIntervalSeconds()));
        this.boardView = new BoardView(board);
        tagPrefix.set(settings.tagCompanyPrefix());
        DetailServices services = new DetailServices(
                pipeline,
                new OpportunityDetailService(workspace.client(), worker, background),
                new NoteService(workspace.client(), worker, background, Clock.systemUTC()),
                new TagService(workspace.client(), worker, background),
                new AttachmentService(workspace.client(), worker, background, Clock.systemUTC()));
        this.detail =
                new DetailViewModel(services, new FxUiExecutor(), notifications, tagPrefix, ZoneId.systemDefault());
        DetailView detailView = new DetailView(detail);
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
        this.layout = new WindowLayout(boardView, detailView, detail.openProperty());
        this.accounts = accounts == null ? null : accounts.apply(notifications);
        if (this.accounts != null) {
            // A 401 from any load or move: back to the connect dialog, while the board keeps what it shows.
            board.keyRejectedProperty().addListener((o, was, rejected) -> {
                if (rejected) {
                    this.accounts.keyRejected();
                }
            });
        }
        this.tabs = new PipelineTabs(workspace, layout.boardAndDetail(), board, notifications, background, worker);
    }

    /**
     * Builds the scene on {@code stage}, shows it and starts loading the board. Call on the FX thread. Showing
     * another workspace's window on the same stage replaces the content and keeps the window where it is.
     */
    public void show(Stage stage) {
        AccountSwitcher switcher = accounts == null
                ? null
                : new AccountSwitcher(
                        accounts,
                        notifications,
                        () -> stage,
                        account -> Workspace.Kind.forAddress(account.baseUrl()).word());
        theme.applySaved();
        bulkWindows = new BulkWindows(bulk, activity, board, new FxUiExecutor(), notifications, stage);
        MenuBar menus = new MenuBar(
                WindowMenus.file(stage, accounts),
                WindowMenus.edit(board),
                WindowMenus.move(boardView),
                WindowMenus.view(board, theme),
                WindowMenus.pipeline(tabs),
                WindowMenus.tags(() -> openTagLibrary(stage), () -> askTagPrefix(stage)),
                BulkMenu.build(() -> bulkWindows, boardView));
        if (switcher != null) {
            menus.getMenus().add(switcher.menu());
        }
        menus.getMenus().add(WindowMenus.help(stage));
        Scene scene = WindowLayout.scene(
                menus,
                WindowBars.workspaceBar(workspace, switcher),
                tabs.pane(stage),
                notifications,
                WindowBars.statusBar(workspace, board));
        stage.setScene(scene);
        stage.setTitle("Stageboard — " + workspace.label());
        if (!stage.isShowing()) {
            new WindowPlacement(settings, background).restoreAndTrack(stage);
        }
        // The first frame is the styled window with its columns waiting on placeholders: styled and laid out before
        // it shows (the first styling takes seconds on a slow machine), on the theme's background rather than white,
        // and the loading starts only once that frame has gone out.
        Parent root = scene.getRoot();
        root.applyCss();
        root.resize(scene.getWidth(), scene.getHeight());
        root.layout();
        scene.setFill(backgroundOf(root));
        stage.show();
        afterFirstFrame(scene, () -> {
            board.load();
            bulkWindows.offerToResume();
        });
        BackgroundRefresh.start(stage, scene, settings.refreshIntervalSeconds(), board::syncNow, sync::close);
    }

    private static Paint backgroundOf(Parent root) {
        Background background = root instanceof Region region ? region.getBackground() : null;
        return background == null || background.getFills().isEmpty()
                ? Color.WHITE
                : background.getFills().get(0).getFill();
    }

    /** Runs {@code work} on the FX thread after the scene's next pulse has been laid out and handed to rendering. */
    private static void afterFirstFrame(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            if (listener[0] != null) {
                scene.removePostLayoutPulseListener(listener[0]);
                listener[0] = null;
                work.run();
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
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
        return workspace.kind() == Workspace.Kind.DEMO
                ? null
                : "env:" + workspace.client().baseUrl();
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

    private void openTagLibrary(Stage owner) {
        TagLibraryViewModel library = new TagLibraryViewModel(
                new TagService(workspace.client(), worker, background),
                new TagLibraryService(workspace.client(), bulk, background, workspace.performAs()),
                new FxUiExecutor(),
                notifications);
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
}
