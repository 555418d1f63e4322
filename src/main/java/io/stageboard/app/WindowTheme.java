package io.stageboard.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.Executor;
import javafx.application.Application;

/**
 * The light or dark AtlantaFX theme: applied from the settings, changed from the View menu and remembered.
 *
 * @param settings   holds the remembered choice
 * @param background where the settings file is written
 */
record WindowTheme(UiSettings settings, Executor background) {

    /** Applies the remembered theme. */
    void applySaved() {
        apply(settings.darkTheme());
    }

    /** @return whether the dark theme is chosen */
    boolean isDark() {
        return settings.darkTheme();
    }

    /** Applies a theme and remembers it. */
    void choose(boolean dark) {
        apply(dark);
        settings.setDarkTheme(dark);
        background.execute(settings::save);
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
