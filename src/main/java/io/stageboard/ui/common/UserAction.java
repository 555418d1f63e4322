package io.stageboard.ui.common;

/** A button offered with a message, such as "Undo" on a notification. */
public record UserAction(String label, Runnable action) {}
