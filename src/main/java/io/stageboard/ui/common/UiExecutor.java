package io.stageboard.ui.common;

import java.util.concurrent.Executor;

/**
 * Where view-models apply results: the FX application thread in the app, the calling thread in unit tests.
 * View-models take one in their constructor so that they never call {@code Platform.runLater} themselves.
 */
public interface UiExecutor extends Executor {

    /** An executor that runs every task at once on the calling thread, for tests without the toolkit. */
    static UiExecutor direct() {
        return Runnable::run;
    }
}
