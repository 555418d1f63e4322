package io.stageboard.ui.board;

import java.util.List;

/**
 * What a card's context menu asks of the rest of the window: the details pane, the bulk dialog and the browser.
 * Each gets the snapshot of ids taken when the menu opened.
 */
public interface CardActions {

    /** Does nothing: a board on its own, before the window wires it. */
    CardActions NONE = new CardActions() {};

    /** Opens the card in the details pane. */
    default void open(String id) {}

    /** Asks which tag to add to these opportunities. */
    default void addTag(List<String> ids) {}

    /** Asks for the reason to archive these opportunities. */
    default void archive(List<String> ids) {}

    /** Opens this address in the browser; called on the FX thread, so the opener must hand the work off. */
    default void openInBrowser(String url) {}
}
