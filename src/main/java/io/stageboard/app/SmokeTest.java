package io.stageboard.app;

import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.board.ColumnModel;
import io.stageboard.ui.common.LoadStatus;
import java.io.PrintStream;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * {@code --smoke-test}: waits until the board has loaded, prints one line per column ({@code <stage>\t<count>}) and
 * {@code smoke-test ok}, then exits 0; exits 1 with the reason if the board fails to load or takes too long.
 */
final class SmokeTest {

    private static final Duration TIMEOUT = Duration.minutes(2);

    private final PrintStream out;
    private final PrintStream err;
    private boolean finished;
    private int exitCode;

    SmokeTest(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Watches the board on the FX thread and calls {@code exit} with the exit code once it knows the result. */
    void watch(BoardViewModel board, IntConsumer exit) {
        PauseTransition timeout = new PauseTransition(TIMEOUT);
        timeout.setOnFinished(
                e -> finish(exit, 1, "smoke-test failed: the board did not load within " + TIMEOUT.toSeconds() + " s"));
        timeout.play();
        board.statusProperty().addListener((o, was, status) -> {
            if (status == LoadStatus.LOADED || status == LoadStatus.EMPTY) {
                timeout.stop();
                for (ColumnModel column : board.columns()) {
                    out.println(column.stageName() + "\t" + column.getCount());
                }
                finish(exit, 0, "smoke-test ok");
            } else if (status == LoadStatus.ERROR) {
                timeout.stop();
                finish(
                        exit,
                        1,
                        "smoke-test failed: " + board.statusMessageProperty().get());
            }
        });
    }

    /** @return the verdict once known (0 ok, 1 failed); 0 before */
    int exitCode() {
        return exitCode;
    }

    private void finish(IntConsumer exit, int code, String line) {
        if (finished) {
            return;
        }
        finished = true;
        exitCode = code;
        (code == 0 ? out : err).println(line);
        (code == 0 ? out : err).flush();
        exit.accept(code);
    }
}
