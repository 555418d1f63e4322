package io.stageboard.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's remembered size, position and theme, in a small properties file in the app data folder. Read before
 * the window opens and written off the FX thread; it never holds anything secret.
 */
public final class UiSettings {

    private static final Logger LOG = LoggerFactory.getLogger(UiSettings.class);

    private final Path file;
    private final Properties values = new Properties();

    private UiSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings file; a missing or unreadable file gives the defaults. */
    public static UiSettings load(Path file) {
        UiSettings settings = new UiSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read the settings in {}; using defaults: {}", file, e.getMessage());
            }
        }
        return settings;
    }

    /** Writes the settings; a failure is logged, as losing a window position is not worth interrupting the user. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Properties copy = new Properties();
            copy.putAll(values);
            try (Writer out = Files.newBufferedWriter(file)) {
                copy.store(out, "Stageboard window settings");
            }
        } catch (IOException e) {
            LOG.warn("Could not save the settings to {}: {}", file, e.getMessage());
        }
    }

    public synchronized boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public synchronized void setDarkTheme(boolean dark) {
        values.setProperty("theme.dark", Boolean.toString(dark));
    }

    /** The company name that new tags start with (Lever's FAQ recommends one), or "" for none. */
    public synchronized String tagCompanyPrefix() {
        return values.getProperty("tags.companyPrefix", "");
    }

    public synchronized void setTagCompanyPrefix(String prefix) {
        values.setProperty("tags.companyPrefix", prefix == null ? "" : prefix.strip());
    }

    /** Seconds between background refreshes of the board from Lever (default 60, at least 10). */
    public synchronized int refreshIntervalSeconds() {
        try {
            return Math.max(
                    10,
                    Integer.parseInt(
                            values.getProperty("board.refreshSeconds", "60").strip()));
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    public synchronized void setRefreshIntervalSeconds(int seconds) {
        values.setProperty("board.refreshSeconds", Integer.toString(Math.max(10, seconds)));
    }

    /** The window's last bounds, if they were saved. */
    public synchronized Optional<WindowBounds> windowBounds() {
        try {
            return Optional.of(new WindowBounds(
                    Double.parseDouble(values.getProperty("window.x")),
                    Double.parseDouble(values.getProperty("window.y")),
                    Double.parseDouble(values.getProperty("window.width")),
                    Double.parseDouble(values.getProperty("window.height")),
                    Boolean.parseBoolean(values.getProperty("window.maximized", "false"))));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void setWindowBounds(WindowBounds bounds) {
        values.setProperty("window.x", Double.toString(bounds.x()));
        values.setProperty("window.y", Double.toString(bounds.y()));
        values.setProperty("window.width", Double.toString(bounds.width()));
        values.setProperty("window.height", Double.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
    }

    /** A window's position and size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}
}
