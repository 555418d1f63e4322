package io.stageboard.ui.board;

import io.stageboard.ui.common.LoadStatus;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The pipeline board: a filter bar above one column per stage, with a status overlay while loading or on failure. */
public final class BoardView extends BorderPane {

    private static final Duration SEARCH_DEBOUNCE = Duration.millis(200);

    private final BoardViewModel board;
    private final CardMenus menus;
    private final HBox columnsBox = new HBox(12);
    private StageColumnView focusedColumn;
    private Consumer<String> onOpen = id -> { };

    public BoardView(BoardViewModel board) {
        this.board = board;
        this.menus = new CardMenus(board);
        getStyleClass().add("board");
        setTop(filterBar());
        setCenter(new StackPane(columnsScroller(), statusOverlay()));
        board.columns().addListener((ListChangeListener<ColumnModel>) change -> rebuildColumns());
        rebuildColumns();
        addEventFilter(KeyEvent.KEY_PRESSED, this::moveFocusBetweenColumns);
    }

    /** Fills the window's Move menu with items acting on the selected cards of the focused column. */
    public void fillMoveMenu(Menu menu) {
        menus.fillMenuBarMenu(menu, this::selectedIds);
    }

    /** Called with a card's id when the user opens it (double-click or Enter). */
    public void setOnOpen(Consumer<String> opener) {
        onOpen = opener;
    }

    /** The ids of the selected cards in the column that has (or last had) the focus. */
    public List<String> selectedIds() {
        return focusedColumn == null ? List.of() : focusedColumn.selectedIds();
    }

    /** The ids of the selected cards in every column, for bulk actions. */
    public List<String> selectedIdsInAllColumns() {
        return columnViews().stream().flatMap(c -> c.selectedIds().stream()).toList();
    }

    /** Selects every card of the focused column (or of the first column when none had the focus). */
    public void selectAllInColumn() {
        StageColumnView column = focusedColumn != null ? focusedColumn
                : columnViews().stream().findFirst().orElse(null);
        if (column != null) {
            column.list().getSelectionModel().selectAll();
        }
    }

    /** Selects every card that passes the filters, in every column. */
    public void selectAllMatching() {
        columnViews().forEach(c -> c.list().getSelectionModel().selectAll());
    }

    private List<StageColumnView> columnViews() {
        return columnsBox.getChildren().stream().map(StageColumnView.class::cast).toList();
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
        columnsBox.getChildren().setAll(board.columns().stream().map(c -> {
            StageColumnView view = new StageColumnView(c, board, menus, id -> onOpen.accept(id));
            view.list().focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    focusedColumn = view;
                }
            });
            return view;
        }).toList());
    }

    private FlowPane filterBar() {
        BoardFilters filters = board.filters();
        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("Search name, email, headline");
        search.setPrefColumnCount(22);
        // Debounced so that typing a name filters once, after the pause, not on every key.
        PauseTransition pause = new PauseTransition(SEARCH_DEBOUNCE);
        pause.setOnFinished(e -> filters.searchTextProperty().set(search.getText()));
        search.textProperty().addListener((o, was, is) -> pause.playFromStart());

        CheckBox archived = new CheckBox("Show archived");
        archived.setId("show-archived");
        archived.selectedProperty().bindBidirectional(filters.showArchivedProperty());

        BoardChoices choices = board.choices();
        FlowPane bar = new FlowPane(8, 8, search,
                choiceBox("posting-filter", choices.postings(), filters.postingIdProperty()),
                choiceBox("owner-filter", choices.owners(), filters.ownerIdProperty()),
                choiceBox("tag-filter", choices.tags(), filters.tagProperty()),
                choiceBox("source-filter", choices.sources(), filters.sourceProperty()),
                choiceBox("origin-filter", choices.origins(), filters.originProperty()),
                archived);
        bar.getStyleClass().add("filter-bar");
        bar.setPadding(new Insets(8, 12, 0, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ComboBox<BoardChoices.Choice> choiceBox(String id, ObservableList<BoardChoices.Choice> items,
                                                          StringProperty target) {
        ComboBox<BoardChoices.Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(240);
        box.getSelectionModel().selectFirst();
        box.valueProperty().addListener((o, was, is) -> {
            String value = is == null ? null : is.value();
            if (!Objects.equals(value, target.get())) {
                target.set(value);
            }
        });
        // Reference data arrives after the view is built; keep "any" selected until the user picks.
        items.addListener((ListChangeListener<BoardChoices.Choice>) c -> {
            if (box.getValue() == null && !items.isEmpty()) {
                box.getSelectionModel().selectFirst();
            }
        });
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
        overlay.visibleProperty().bind(Bindings.createBooleanBinding(() -> switch (board.getStatus()) {
            case LOADING -> columnsBox.getChildren().isEmpty();
            case EMPTY, ERROR -> true;
            case LOADED -> false;
        }, board.statusProperty(), columnsBox.getChildren()));
        return overlay;
    }

    private void moveFocusBetweenColumns(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()
                || (event.getCode() != KeyCode.LEFT && event.getCode() != KeyCode.RIGHT)) {
            return;
        }
        List<StageColumnView> columns = columnsBox.getChildren().stream().map(StageColumnView.class::cast).toList();
        int index = columns.indexOf(focusedColumn);
        int target = index + (event.getCode() == KeyCode.RIGHT ? 1 : -1);
        if (index < 0 || target < 0 || target >= columns.size()) {
            return;
        }
        ListView<CardModel> from = focusedColumn.list();
        ListView<CardModel> to = columns.get(target).list();
        int row = Math.min(Math.max(0, from.getFocusModel().getFocusedIndex()), to.getItems().size() - 1);
        to.requestFocus();
        if (row >= 0) {
            to.getSelectionModel().clearAndSelect(row);
            to.getFocusModel().focus(row);
            to.scrollTo(row);
        }
        event.consume();
    }
}
