package io.stageboard.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this Stageboard is: its version and build date (written into {@code build-info.properties} by the Maven build,
 * from the pom or the release tag), and the Java and JavaFX it runs on. Shown by Help › About and {@code --version}.
 *
 * @param version       the project version, e.g. {@code 1.2.0} or {@code 1.3.0-SNAPSHOT}
 * @param buildDate     when the jar was built, ISO 8601 in UTC
 * @param javaVersion   the running Java, e.g. {@code 17.0.15+6 (Eclipse Adoptium)}
 * @param javafxVersion the running JavaFX once the toolkit has started, else the one the build used
 * @param issuesUrl     where users report problems and ask questions
 */
public record BuildInfo(String version, String buildDate, String javaVersion, String javafxVersion, String issuesUrl) {

    private static final String RESOURCE = "build-info.properties";
    private static final String UNKNOWN = "unknown";

    /** Reads the build's resource and the running Java and JavaFX versions. */
    public static BuildInfo current() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return of(build, System.getProperties());
    }

    /**
     * @param build  the build's properties (version, buildDate, javafxVersion, issuesUrl)
     * @param system the system properties: {@code java.runtime.version}, {@code java.vendor}, and
     *               {@code javafx.runtime.version}, which JavaFX sets when its toolkit starts
     */
    static BuildInfo of(Properties build, Properties system) {
        String java = system.getProperty("java.runtime.version", system.getProperty("java.version", UNKNOWN));
        String vendor = system.getProperty("java.vendor");
        String fx = system.getProperty("javafx.runtime.version");
        return new BuildInfo(
                value(build, "version"),
                value(build, "buildDate"),
                vendor == null ? java : java + " (" + vendor + ")",
                fx != null ? fx : value(build, "javafxVersion"),
                value(build, "issuesUrl"));
    }

    /** @return the lines Help › About and {@code --version} show, one fact a line */
    public String describe() {
        return "Stageboard " + version + "\n"
                + "Built " + buildDate + "\n"
                + "Java " + javaVersion + "\n"
                + "JavaFX " + javafxVersion;
    }

    private static String value(Properties build, String key) {
        String v = build.getProperty(key);
        // An unfiltered resource (an IDE build that skipped Maven's filtering) still says something true.
        return v == null || v.isBlank() || v.startsWith("${") ? UNKNOWN : v;
    }
}
