package io.stageboard.app;

import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Where the window's parts sit: menus and the workspace bar on top, the tabs in the centre with the notifications
 * over their bottom corner,
 * the status bar at the bottom; in the board tab, the detail pane beside the board while a card is open.
 */
final class WindowLayout {

    private static final double BOARD_SHARE = 0.62;

    private final SplitPane boardAndDetail = new SplitPane();

    /**
     * @param board      the board view
     * @param detail     the detail pane
     * @param detailOpen whether a card is open in the detail pane
     */
    WindowLayout(Node board, Node detail, ObservableBooleanValue detailOpen) {
        boardAndDetail.getItems().setAll(board);
        // The pane sits beside the board while a card is open and gives its room back when closed.
        detailOpen.addListener((o, was, is) -> {
            if (is && !boardAndDetail.getItems().contains(detail)) {
                boardAndDetail.getItems().add(detail);
                boardAndDetail.setDividerPositions(BOARD_SHARE);
            } else if (!is) {
                boardAndDetail.getItems().remove(detail);
            }
        });
    }

    /** The board with the detail pane beside it, for the board tab. */
    Node boardAndDetail() {
        return boardAndDetail;
    }

    /** The window's scene at its default size, with the app's stylesheet. */
    static Scene scene(Node menus, Node workspaceBar, Node tabs, Node notifications, Node statusBar) {
        BorderPane root = new BorderPane();
        root.setTop(new VBox(menus, workspaceBar));
        // The notifications float over the tabs' bottom corner: a message never moves what is under the pointer.
        tabs.setAccessibleText("Board, postings, new candidate and insights");
        StackPane centre = new StackPane(tabs, notifications);
        StackPane.setAlignment(notifications, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(notifications, new Insets(0, 16, 16, 16));
        root.setCenter(centre);
        root.setBottom(statusBar);
        return styled(root);
    }

    private static Scene styled(Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets()
                .add(Objects.requireNonNull(WindowLayout.class.getResource("/io/stageboard/ui/stageboard.css"))
                        .toExternalForm());
        return scene;
    }
}
