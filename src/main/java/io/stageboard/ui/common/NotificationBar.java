package io.stageboard.ui.common;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Messages for the user, stacked over the main content's bottom corner, newest at the bottom: they never move the
 * controls under them, and the space between them lets clicks through. Information fades after a few seconds;
 * errors stay until the user closes them, so nothing that went wrong is missed. Must be called on the FX thread.
 */
public final class NotificationBar extends VBox implements Notifier {

    private static final Duration INFO_LIFETIME = Duration.seconds(10);
    private static final int MAX_ROWS = 5;
    private static final double MAX_WIDTH = 520;

    public NotificationBar() {
        getStyleClass().add("notification-bar");
        setSpacing(6);
        setFillWidth(true);
        setAlignment(Pos.BOTTOM_RIGHT);
        setMaxSize(MAX_WIDTH, Region.USE_PREF_SIZE);
        setPickOnBounds(false);
        setAccessibleRole(AccessibleRole.PARENT);
    }

    @Override
    public void info(String message, List<UserAction> actions) {
        HBox row = row(message, actions, "info");
        PauseTransition lifetime = new PauseTransition(INFO_LIFETIME);
        lifetime.setOnFinished(e -> getChildren().remove(row));
        lifetime.play();
    }

    @Override
    public void error(String message) {
        row(message, List.of(), "error");
    }

    private HBox row(String message, List<UserAction> actions, String kind) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("notification-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(8);
        row.getChildren().add(text);
        for (UserAction action : actions) {
            Button button = new Button(action.label());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> {
                getChildren().remove(row);
                action.action().run();
            });
            row.getChildren().add(button);
        }
        Button close = new Button("✕");
        close.setAccessibleText("Dismiss this message");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.getStyleClass().add("notification-close");
        close.setOnAction(e -> getChildren().remove(row));
        row.getChildren().add(close);
        row.getStyleClass().addAll("notification", kind);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 10, 6, 10));
        getChildren().add(row);
        while (getChildren().size() > MAX_ROWS) {
            getChildren().remove(0);
        }
        return row;
    }

    /** The texts currently shown, oldest first. */
    public List<String> messages() {
        return getChildren().stream().map(NotificationBar::textOf).toList();
    }

    private static String textOf(Node row) {
        return ((Label) ((HBox) row).getChildren().get(0)).getText();
    }
}
