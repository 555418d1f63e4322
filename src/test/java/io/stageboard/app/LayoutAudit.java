package io.stageboard.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Walks one window's scene graph and names what a user would see as broken: a label or button whose text is cut
 * into an ellipsis, a control outside the window, a focusable control without an accessible name, a window larger
 * than the screen it is audited for.
 */
final class LayoutAudit {

    private static final double SLACK = 1.5;

    private final String where;
    private final List<String> problems = new ArrayList<>();

    private LayoutAudit(String where) {
        this.where = where;
    }

    /**
     * Audits {@code window} as shown on a screen of {@code screenWidth}×{@code screenHeight}.
     *
     * @param where names the view, the size and the theme in each problem
     */
    static List<String> of(Window window, String where, double screenWidth, double screenHeight) {
        LayoutAudit audit = new LayoutAudit(where);
        if (window.getWidth() > screenWidth + SLACK || window.getHeight() > screenHeight + SLACK) {
            audit.problems.add(where + ": window " + (int) window.getWidth() + "×" + (int) window.getHeight()
                    + " is larger than the screen");
        }
        Scene scene = window.getScene();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Set<Node> labelled = new HashSet<>();
        collectLabelFor(scene.getRoot(), labelled);
        audit.walk(scene.getRoot(), scene, labelled, false);
        return audit.problems;
    }

    private static void collectLabelFor(Node node, Set<Node> labelled) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabelFor(child, labelled));
        }
    }

    private void walk(Node node, Scene scene, Set<Node> labelled, boolean scrolled) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkEllipsis(labeled);
        }
        if (node instanceof Control control && !scrolled) {
            checkInside(control, scene);
            checkName(control, labelled);
        }
        if (node instanceof Parent parent) {
            // What a scroll pane, a virtual list or a table's header row holds may lie beyond the window on purpose:
            // it scrolls there.
            boolean inside = scrolled
                    || node instanceof ScrollPane
                    || node instanceof VirtualFlow
                    || node instanceof TableHeaderRow;
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, labelled, inside);
            }
        }
    }

    private void checkEllipsis(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                String drawn = text.getText() == null ? "" : text.getText();
                boolean same =
                        drawn.equals(full) || (labeled.isMnemonicParsing() && drawn.equals(full.replace("_", "")));
                if (!same) {
                    problems.add(where + ": " + describe(labeled) + " is cut to “" + drawn + "”");
                }
            }
        }
    }

    private void checkInside(Control control, Scene scene) {
        Bounds bounds = control.localToScene(control.getLayoutBounds());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        if (bounds.getMinX() < -SLACK
                || bounds.getMinY() < -SLACK
                || bounds.getMaxX() > scene.getWidth() + SLACK
                || bounds.getMaxY() > scene.getHeight() + SLACK) {
            problems.add(where + ": " + describe(control) + " lies outside the window (" + (int) bounds.getMinX()
                    + "," + (int) bounds.getMinY() + " to " + (int) bounds.getMaxX() + "," + (int) bounds.getMaxY()
                    + " in " + (int) scene.getWidth() + "×" + (int) scene.getHeight() + ")");
        }
    }

    private void checkName(Control control, Set<Node> labelled) {
        if (!control.isFocusTraversable()
                || control.isDisabled()
                || labelled.contains(control)
                || hasText(control.getAccessibleText())) {
            return;
        }
        boolean named = control instanceof Labeled labeled
                ? hasText(labeled.getText())
                : control instanceof TextInputControl input
                        ? hasText(input.getPromptText())
                        : control instanceof ComboBoxBase<?> box && hasText(box.getPromptText());
        if (!named) {
            problems.add(where + ": " + describe(control) + " has no accessible name");
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** A control as a person finds it: its kind, its id and its text. */
    static String describe(Node node) {
        StringBuilder name = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            name.append(" #").append(node.getId());
        }
        if (node instanceof Labeled labeled && hasText(labeled.getText())) {
            name.append(" “").append(labeled.getText()).append("”");
        }
        return name.toString();
    }
}
