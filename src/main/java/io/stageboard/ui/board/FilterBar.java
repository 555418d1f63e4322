package io.stageboard.ui.board;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The board's filter bar: the search box, the filter menus and the selection line on one row. When the row is too
 * narrow for them (a small window, the details pane open, long posting names once data arrives) the menus collapse
 * into a "Filters (N)" button that shows them on a row of their own, instead of wrapping the bar on its own.
 */
final class FilterBar extends VBox {

    private static final double GAP = 8;

    private final Node search;
    private final List<Node> filters;
    private final Node selection;
    private final HBox inline = new HBox(GAP);
    private final FlowPane expanded = new FlowPane(GAP, GAP);
    private final ToggleButton toggle = new ToggleButton();
    private boolean collapsed;

    /**
     * @param search    the search box, always on the row
     * @param filters   the filter menus and switches, which collapse together
     * @param selection the "N selected · Clear" line, always on the row
     * @param active    the filters set, for the button's count
     */
    FilterBar(Node search, List<Node> filters, Node selection, BoardFilters active) {
        this.search = search;
        this.filters = filters;
        this.selection = selection;
        getStyleClass().add("filter-bar");
        setPadding(new Insets(8, 12, 0, 12));
        setSpacing(GAP);
        toggle.setId("filters-toggle");
        toggle.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> active.activeCount().get() == 0
                                ? "Filters"
                                : "Filters (" + active.activeCount().get() + ")",
                        active.activeCount()));
        toggle.setAccessibleText("Show the filters");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        inline.setAlignment(Pos.CENTER_LEFT);
        expanded.getStyleClass().add("filters-expanded");
        expanded.visibleProperty().bind(toggle.selectedProperty());
        expanded.managedProperty().bind(expanded.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(GAP, search, toggle, inline, spacer, selection);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(row, expanded);
        setCollapsed(false);
        // Decided on each layout: the menus' widths change when their choices arrive.
        row.widthProperty().addListener((o, was, is) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        double available = getWidth() - snappedLeftInset() - snappedRightInset();
        double needed = search.prefWidth(-1) + selection.prefWidth(-1) + GAP * (filters.size() + 2);
        for (Node filter : filters) {
            needed += filter.prefWidth(-1);
        }
        boolean collapse = available > 0 && needed > available;
        if (collapse != collapsed) {
            setCollapsed(collapse);
        }
        super.layoutChildren();
    }

    private void setCollapsed(boolean collapse) {
        collapsed = collapse;
        toggle.setVisible(collapse);
        toggle.setManaged(collapse);
        if (collapse) {
            inline.getChildren().clear();
            expanded.getChildren().setAll(filters);
        } else {
            toggle.setSelected(false);
            expanded.getChildren().clear();
            inline.getChildren().setAll(filters);
        }
    }

    /** Whether the menus are folded into the "Filters (N)" button. */
    boolean isCollapsed() {
        return collapsed;
    }
}
