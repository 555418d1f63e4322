package io.stageboard.app;

import io.stageboard.sandbox.SandboxServer;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** Starts the real main window over a fresh sandbox before each TestFX test and stops both after it. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {

    @TempDir
    static Path home;

    private final int size;
    private final long seed;
    protected WindowFixture fixture;
    protected SandboxServer sandbox;
    protected MainWindow window;
    protected Stage stage;

    /** @param size how many opportunities the sandbox seeds; @param seed which ones */
    protected WindowTestBase(int size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** Call from the test class's own {@code @Start} method: TestFX looks for it on the test class only. */
    protected void open(Stage stage) throws Exception {
        this.stage = stage;
        fixture = WindowFixture.open(stage, home, size, seed);
        sandbox = fixture.sandbox;
        window = fixture.window;
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }
}
