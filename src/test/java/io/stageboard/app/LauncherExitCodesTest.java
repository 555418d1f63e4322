package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each launcher command, run as a script runs it (a separate JVM, headless), ends with a non-zero exit code when it
 * fails, and says why.
 */
class LauncherExitCodesTest {

    private static SandboxServer sandbox;

    @TempDir
    Path home;

    /** What a run printed and how it ended. */
    private record Run(int exitCode, String out, String err, Duration took) {}

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(40));
        sandbox.grantKey("no-opportunities", Set.of("stages:read", "users:read", "postings:read", "tags:read"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        for (String property :
                List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("LEVER_API_BASE_URL");
        builder.environment().remove("LEVER_API_KEY");
        builder.environment().put("STAGEBOARD_HOME", home.toString());
        builder.environment().putAll(env);
        File out = home.resolve("out.txt").toFile();
        File err = home.resolve("err.txt").toFile();
        builder.redirectOutput(out).redirectError(err);
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The launcher did not end within 90 s: " + read(err));
        }
        return new Run(process.exitValue(), read(out), read(err), Duration.ofNanos(System.nanoTime() - started));
    }

    private static String read(File file) throws IOException {
        return Files.readString(file.toPath(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> account(String key) {
        return Map.of("LEVER_API_BASE_URL", sandbox.baseUrl(), "LEVER_API_KEY", key);
    }

    @Test
    void smokeTestExitsNonZeroWhenLeverSendsCutJson() throws Exception {
        sandbox.faults()
                .next(
                        "GET",
                        "/opportunities",
                        Fault.malformedJson(),
                        Fault.malformedJson(),
                        Fault.malformedJson(),
                        Fault.malformedJson(),
                        Fault.malformedJson());

        Run run = launch(account(sandbox.apiKey()), "--smoke-test");

        sandbox.faults().clear();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains("smoke-test failed: ")
                .contains("Lever sent an answer Stageboard could not read");
        assertThat(run.out()).doesNotContain("smoke-test ok");
    }

    @Test
    void smokeTestWithAKeyThatMayNotReadOpportunitiesFailsWithinThirtySeconds() throws Exception {
        Run run = launch(account("no-opportunities"), "--smoke-test");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("smoke-test failed: ").contains("Opportunities (read)");
        assertThat(run.took()).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void sandboxWithABadOptionExits2() throws Exception {
        Run run = launch(Map.of(), "sandbox", "--port", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--port must be a whole number from 0 to 65535, got 'nope'.");
    }

    @Test
    void bulkTagWithoutATagToAddExits2() throws Exception {
        Run run = launch(Map.of(), "bulk-tag", "--stage", "lead-new");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isNotBlank();
    }

    @Test
    void accountsWithoutASubcommandExits2() throws Exception {
        Run run = launch(Map.of(), "accounts", "frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isNotBlank();
    }

    @Test
    void bulkTagOnAnUnreachableAccountExits1WithTheReason() throws Exception {
        Run run = launch(
                Map.of("LEVER_API_BASE_URL", "http://127.0.0.1:9/v1", "LEVER_API_KEY", "k"),
                "bulk-tag",
                "--add",
                "Python");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Could not reach Lever at 127.0.0.1: the connection was refused.");
    }

    @Test
    void anUnknownCommandExits2WithTheUsage() throws Exception {
        Run run = launch(Map.of(), "frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown arguments: [frobnicate]").contains("Usage:");
    }
}
