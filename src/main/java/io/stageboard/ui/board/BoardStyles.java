package io.stageboard.ui.board;

import javafx.css.PseudoClass;

/** Pseudo-classes the board's stylesheet keys on. */
final class BoardStyles {

    static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    /** A card a sync just changed, for about two seconds. */
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private BoardStyles() {
    }
}
