package io.stageboard.ui.common;

/** The state of a screen that loads data; views show it as an overlay or banner. */
public enum LoadStatus {
    LOADING,
    LOADED,
    EMPTY,
    ERROR
}
