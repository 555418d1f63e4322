package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiSettingsTest {

    @TempDir
    Path home;

    @Test
    void windowBoundsAndThemeSurviveARestart() {
        Path file = home.resolve("nested/settings.properties");
        UiSettings settings = UiSettings.load(file);
        settings.setDarkTheme(true);
        settings.setWindowBounds(new UiSettings.WindowBounds(10, 20, 1000, 700, false));
        settings.save();

        UiSettings reloaded = UiSettings.load(file);

        assertThat(reloaded.darkTheme()).isTrue();
        assertThat(reloaded.windowBounds()).contains(new UiSettings.WindowBounds(10, 20, 1000, 700, false));
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults() throws Exception {
        assertThat(UiSettings.load(home.resolve("none.properties")).windowBounds())
                .isEmpty();
        Path damaged = home.resolve("damaged.properties");
        Files.writeString(damaged, "window.x=left\\u00zz");
        UiSettings settings = UiSettings.load(damaged);
        assertThat(settings.darkTheme()).isFalse();
        assertThat(settings.windowBounds()).isEmpty();
    }

    @Test
    void stageboardHomeMovesTheDataFolder() {
        assertThat(AppPaths.fromEnvironment(Map.of("STAGEBOARD_HOME", home.toString()))
                        .settingsFile())
                .isEqualTo(home.resolve("settings.properties"));
        assertThat(AppPaths.fromEnvironment(Map.of("STAGEBOARD_HOME", home.toString()))
                        .logs())
                .isEqualTo(home.resolve("logs"));
    }
}
