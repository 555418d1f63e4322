package io.stageboard.ui.common;

import java.util.List;

/**
 * How view-models tell the user something without knowing about nodes. The app shows these in a notification bar;
 * tests record them.
 */
public interface Notifier {

    /** Something worked; {@code actions} may offer a follow-up such as Undo. */
    void info(String message, List<UserAction> actions);

    /** Something failed; the message says what happened and what to do. */
    void error(String message);

    /** Shorthand for an information without actions. */
    default void info(String message) {
        info(message, List.of());
    }
}
