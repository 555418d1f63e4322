package io.stageboard.ui.board;

import io.stageboard.credentials.Feature;
import io.stageboard.ui.common.LoadStatus;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The pipeline board: a filter bar above one column per stage, with a status overlay while loading or on failure. */
public final class BoardView extends BorderPane {

    private static final Duration SEARCH_DEBOUNCE = Duration.millis(200);

    private final BoardViewModel board;
    private final CardMenus menus;
    private final HBox columnsBox = new HBox(12);
    private StageColumnView focusedColumn;
    private Consumer<String> onOpen = id -> {};
    private Runnable onEscape = () -> {};

    public BoardView(BoardViewModel board) {
        this.board = board;
        this.menus = new CardMenus(board);
        getStyleClass().add("board");
        setTop(filterBar());
        setCenter(new StackPane(columnsScroller(), statusOverlay()));
        board.columns().addListener((ListChangeListener<ColumnModel>) change -> rebuildColumns());
        rebuildColumns();
        addEventFilter(KeyEvent.KEY_PRESSED, this::moveFocusBetweenColumns);
        // Escape in a column clears the selection first; with nothing selected the window closes the details pane.
        // A filter, since the lists take Escape themselves; only for the columns, so a menu box still closes.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && e.getTarget() instanceof ListView) {
                if (board.selection().isEmpty()) {
                    onEscape.run();
                } else {
                    board.selection().clear();
                }
                e.consume();
            }
        });
    }

    /** Fills the window's Move menu with items acting on the selected cards. */
    public void fillMoveMenu(Menu menu) {
        menus.fillMenuBarMenu(menu, this::selectedIds);
    }

    /** Called with a card's id when the user opens it (double-click, Enter or Open details); it is selected alone. */
    public void setOnOpen(Consumer<String> opener) {
        onOpen = opener;
    }

    /** Called when Escape is pressed on the board with nothing selected. */
    public void setOnEscape(Runnable action) {
        onEscape = action;
    }

    /** What the cards' context menu does beyond the board: details, tags, archive, the browser. */
    public void setCardActions(CardActions actions) {
        menus.setActions(actions);
    }

    /** A snapshot of the selected ids, in board order: what the asked-for action acts on. */
    public List<String> selectedIds() {
        return board.selection().snapshot();
    }

    /** Selects every card of the focused column (or of the first column when none had the focus). */
    public void selectAllInColumn() {
        StageColumnView column = focusedColumn != null
                ? focusedColumn
                : columnViews().stream().findFirst().orElse(null);
        if (column != null) {
            board.selection().selectColumn(column.column().stageId());
        }
    }

    /** Selects every card that passes the filters, in every column. */
    public void selectAllMatching() {
        board.selection().selectAllMatching();
    }

    private List<StageColumnView> columnViews() {
        return columnsBox.getChildren().stream()
                .map(StageColumnView.class::cast)
                .toList();
    }

    private HBox selectionBar() {
        Label count = new Label();
        count.setId("selection-status");
        count.textProperty().bind(board.selection().statusProperty());
        Hyperlink clear = new Hyperlink("Clear");
        clear.setId("clear-selection");
        clear.setOnAction(e -> board.selection().clear());
        clear.visibleProperty().bind(board.selection().sizeProperty().greaterThan(0));
        clear.managedProperty().bind(clear.visibleProperty());
        HBox bar = new HBox(4, count, clear);
        bar.getStyleClass().add("selection-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        // Always in the layout, so the cards do not jump when the first one is selected.
        bar.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private ScrollPane columnsScroller() {
        columnsBox.getStyleClass().add("columns");
        columnsBox.setPadding(new Insets(12));
        ScrollPane scroller = new ScrollPane(columnsBox);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("columns-scroller");
        return scroller;
    }

    private void rebuildColumns() {
        columnsBox
                .getChildren()
                .setAll(board.columns().stream()
                        .map(c -> {
                            StageColumnView view = new StageColumnView(c, board, menus, this::open);
                            view.list().focusedProperty().addListener((o, was, is) -> {
                                if (is) {
                                    focusedColumn = view;
                                }
                            });
                            return view;
                        })
                        .toList());
    }

    private void open(String id) {
        board.selection().select(id);
        onOpen.accept(id);
    }

    private FilterBar filterBar() {
        BoardFilters filters = board.filters();
        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("Search name, email, headline");
        search.setAccessibleText("Search the board by name, email or headline");
        search.setPrefColumnCount(22);
        // Debounced so that typing a name filters once, after the pause, not on every key.
        PauseTransition pause = new PauseTransition(SEARCH_DEBOUNCE);
        pause.setOnFinished(e -> filters.searchTextProperty().set(search.getText()));
        search.textProperty().addListener((o, was, is) -> pause.playFromStart());

        CheckBox archived = new CheckBox("Show archived");
        archived.setId("show-archived");
        archived.selectedProperty().bindBidirectional(filters.showArchivedProperty());
        // How far archived loading got, and how many archived matches the board leaves out.
        Label archivedStatus = new Label();
        archivedStatus.setId("archived-status");
        archivedStatus.getStyleClass().add("archived-status");
        archivedStatus.textProperty().bind(board.archivedStatusProperty());
        archivedStatus.visibleProperty().bind(board.archivedStatusProperty().isNotEmpty());
        archivedStatus.managedProperty().bind(archivedStatus.visibleProperty());
        HBox archivedBox = new HBox(6, archived, archivedStatus);
        archivedBox.setAlignment(Pos.CENTER_LEFT);

        BoardChoices choices = board.choices();
        return new FilterBar(
                search,
                List.of(
                        offWhen(
                                choiceBox("posting-filter", "Posting", choices.postings(), filters.postingIdProperty()),
                                choices.offReason(Feature.POSTINGS)),
                        offWhen(
                                choiceBox("owner-filter", "Owner", choices.owners(), filters.ownerIdProperty()),
                                choices.offReason(Feature.USERS)),
                        offWhen(
                                choiceBox("tag-filter", "Tag", choices.tags(), filters.tagProperty()),
                                choices.offReason(Feature.TAGS)),
                        offWhen(
                                choiceBox("source-filter", "Source", choices.sources(), filters.sourceProperty()),
                                choices.offReason(Feature.SOURCES)),
                        choiceBox("origin-filter", "Origin", choices.origins(), filters.originProperty()),
                        archivedBox),
                selectionBar(),
                filters);
    }

    /**
     * A filter that is off while {@code reason} is not empty (the key lacks its list), with the reason as its tooltip.
     * The tooltip sits on a holder: JavaFX shows none for a disabled control.
     */
    private static Node offWhen(ComboBox<BoardChoices.Choice> box, ReadOnlyStringProperty reason) {
        box.disableProperty().bind(reason.isNotEmpty());
        StackPane holder = new StackPane(box);
        holder.setId(box.getId() + "-holder");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(reason);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Runnable install = () -> {
            if (reason.get().isEmpty()) {
                Tooltip.uninstall(holder, tip);
            } else {
                Tooltip.install(holder, tip);
            }
        };
        reason.addListener((o, was, is) -> install.run());
        install.run();
        return holder;
    }

    /**
     * A filter menu that always shows its filter's value: set from elsewhere (Postings › Show on board) it shows that
     * choice; when its choices are replaced (F5, a sync) it keeps the chosen one.
     */
    private static ComboBox<BoardChoices.Choice> choiceBox(
            String id, String name, ObservableList<BoardChoices.Choice> items, StringProperty target) {
        ComboBox<BoardChoices.Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setAccessibleText(name + " filter");
        box.setMaxWidth(240);
        boolean[] showing = {false};
        Runnable showTarget = () -> {
            // A value the menu does not list yet (its list arrives later) shows "any" but stays the filter.
            showing[0] = true;
            box.setValue(items.stream()
                    .filter(c -> Objects.equals(c.value(), target.get()))
                    .findFirst()
                    .orElse(items.isEmpty() ? null : items.get(0)));
            showing[0] = false;
        };
        box.valueProperty().addListener((o, was, is) -> {
            // Null only while the items are replaced: the filter stays and the box shows it again below.
            if (is != null && !showing[0] && !Objects.equals(is.value(), target.get())) {
                target.set(is.value());
            }
        });
        target.addListener((o, was, is) -> showTarget.run());
        items.addListener((ListChangeListener<BoardChoices.Choice>) c -> showTarget.run());
        showTarget.run();
        return box;
    }

    private VBox statusOverlay() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        spinner.visibleProperty().bind(board.statusProperty().isEqualTo(LoadStatus.LOADING));
        Label message = new Label();
        message.setId("board-status");
        message.setWrapText(true);
        message.textProperty().bind(board.statusMessageProperty());
        VBox overlay = new VBox(12, spinner, message);
        overlay.getStyleClass().add("status-overlay");
        overlay.setAlignment(Pos.CENTER);
        overlay.setMaxSize(420, 160);
        overlay.setMouseTransparent(true);
        // Shown while nothing is on the board yet, and always for an error or an empty result.
        overlay.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> switch (board.getStatus()) {
                            case LOADING -> columnsBox.getChildren().isEmpty();
                            case EMPTY, ERROR -> true;
                            case LOADED -> false;
                        },
                        board.statusProperty(),
                        columnsBox.getChildren()));
        return overlay;
    }

    private void moveFocusBetweenColumns(KeyEvent event) {
        if (event.isShortcutDown()
                || event.isAltDown()
                || event.isShiftDown()
                || (event.getCode() != KeyCode.LEFT && event.getCode() != KeyCode.RIGHT)) {
            return;
        }
        List<StageColumnView> columns = columnsBox.getChildren().stream()
                .map(StageColumnView.class::cast)
                .toList();
        int index = columns.indexOf(focusedColumn);
        int target = index + (event.getCode() == KeyCode.RIGHT ? 1 : -1);
        if (index < 0 || target < 0 || target >= columns.size()) {
            return;
        }
        ListView<CardModel> from = focusedColumn.list();
        StageColumnView to = columns.get(target);
        int row = Math.min(
                Math.max(0, from.getFocusModel().getFocusedIndex()),
                to.list().getItems().size() - 1);
        to.list().requestFocus();
        if (row >= 0) {
            to.focusRow(row, false);
        }
        event.consume();
    }
}
