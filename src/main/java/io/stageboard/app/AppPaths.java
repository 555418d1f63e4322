package io.stageboard.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its data and logs: the platform's usual folder, or {@code STAGEBOARD_HOME} when set (tests use a
 * temporary folder). Never holds the API key.
 */
public record AppPaths(Path home) {

    /** Resolves the data folder from the environment and the operating system. */
    public static AppPaths fromEnvironment(Map<String, String> env) {
        String override = env.get("STAGEBOARD_HOME");
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override));
        }
        Path userHome = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return new AppPaths(userHome.resolve("Library/Application Support/Stageboard"));
        }
        if (os.contains("win")) {
            String appData = env.getOrDefault(
                    "APPDATA", userHome.resolve("AppData/Roaming").toString());
            return new AppPaths(Path.of(appData, "Stageboard"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? userHome.resolve(".local/share") : Path.of(xdg);
        return new AppPaths(base.resolve("stageboard"));
    }

    /** The folder of the log files. */
    public Path logs() {
        return home.resolve("logs");
    }

    /** The file of the window and theme settings (nothing secret). */
    public Path settingsFile() {
        return home.resolve("settings.properties");
    }
}
