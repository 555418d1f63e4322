package io.stageboard.ui.board;

import javafx.css.PseudoClass;

/** Pseudo-classes the board's stylesheet keys on. */
final class BoardStyles {

    static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    /** A card a sync just changed, for about two seconds. */
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    /** A card in the board's selection (the list's own selection is never used; see {@link NoListSelection}). */
    static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");

    /** An archived card, shown only with "Show archived". */
    static final PseudoClass ARCHIVED = PseudoClass.getPseudoClass("archived");

    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private BoardStyles() {}
}
