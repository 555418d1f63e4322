package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Help › About's facts: the build's version and date from the filtered resource, the running Java and JavaFX. */
class BuildInfoTest {

    @Test
    void theBuildResourceIsFilledInByMaven() {
        BuildInfo info = BuildInfo.current();

        // The pom's version (or the release's -Drevision), never a placeholder; installers need X.Y.Z, 1 or more.
        assertThat(info.version()).matches("[1-9][0-9]*\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9.]+)?");
        assertThat(info.buildDate()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(info.javafxVersion()).matches("\\d+(\\.\\d+)*.*");
        assertThat(info.issuesUrl()).startsWith("https://").endsWith("/issues");
        assertThat(info.javaVersion()).startsWith(System.getProperty("java.runtime.version"));
    }

    @Test
    void theRunningJavaFxWinsOverTheBuildsAndEveryFactHasALine() {
        Properties build = new Properties();
        build.setProperty("version", "1.4.0");
        build.setProperty("buildDate", "2026-03-01T10:00:00Z");
        build.setProperty("javafxVersion", "21.0.11");
        build.setProperty("issuesUrl", "https://example.org/issues");
        Properties system = new Properties();
        system.setProperty("java.runtime.version", "17.0.15+6");
        system.setProperty("java.vendor", "Eclipse Adoptium");
        system.setProperty("javafx.runtime.version", "21.0.11+2");

        BuildInfo info = BuildInfo.of(build, system);

        assertThat(info)
                .isEqualTo(new BuildInfo(
                        "1.4.0",
                        "2026-03-01T10:00:00Z",
                        "17.0.15+6 (Eclipse Adoptium)",
                        "21.0.11+2",
                        "https://example.org/issues"));
        assertThat(info.describe()).isEqualTo("""
                Stageboard 1.4.0
                Built 2026-03-01T10:00:00Z
                Java 17.0.15+6 (Eclipse Adoptium)
                JavaFX 21.0.11+2""");
    }

    @Test
    void anUnfilteredResourceSaysUnknownRatherThanAPlaceholder() {
        Properties build = new Properties();
        build.setProperty("version", "${project.version}");

        BuildInfo info = BuildInfo.of(build, new Properties());

        assertThat(info.version()).isEqualTo("unknown");
        assertThat(info.buildDate()).isEqualTo("unknown");
        assertThat(info.javafxVersion()).isEqualTo("unknown");
        assertThat(info.javaVersion()).isEqualTo("unknown");
    }
}
