package io.stageboard.app;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Main bulk-tag} end to end against a sandbox, through the same outbox as the window. */
class BulkTagCommandTest {

    @TempDir
    Path home;
    private SandboxServer sandbox;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(150).withSeed(9));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private int run(String... args) {
        Map<String, String> env = Map.of("LEVER_API_BASE_URL", sandbox.baseUrl(), "LEVER_API_KEY", sandbox.apiKey(),
                "STAGEBOARD_HOME", home.toString());
        return BulkTagCommand.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<SandboxModel.Opportunity> activeIn(String stage) {
        return sandbox.data().opportunities().stream().filter(o -> o.confidentiality().equals("non-confidential")
                && !o.isArchived() && o.stage().equals(stage)).toList();
    }

    @Test
    void tagsEveryActiveOpportunityOfTheStageAndPrintsTheCounts() {
        List<SandboxModel.Opportunity> targets = activeIn("lead-new");
        long already = targets.stream().filter(o -> o.tags().contains("Python")).count();

        int code = run("--add", "Python", "--stage", "lead-new");

        assertThat(code).isZero();
        assertThat(outLines()).last().isEqualTo("bulk-tag: " + (targets.size() - already) + " succeeded, "
                + already + " unchanged, 0 failed");
        assertThat(activeIn("lead-new")).allSatisfy(o -> assertThat(o.tags()).containsOnlyOnce("Python"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Found " + targets.size() + " active opportunities")
                .contains(targets.size() + " of " + targets.size() + " done");
        assertThat(Files.exists(home.resolve("stageboard.db"))).isTrue();
    }

    @Test
    void aFailedItemMakesTheExitCodeOneAndIsNamedOnStderr() {
        SandboxModel.Opportunity refused = activeIn("lead-new").stream()
                .filter(o -> !o.tags().contains("Stageboard CLI")).findFirst().orElseThrow();
        sandbox.faults().next("POST", "/opportunities/" + refused.id() + "/addTags", Fault.status(400));

        int code = run("--add", "Stageboard CLI", "--remove", "Nope", "--stage", "lead-new");

        assertThat(code).isEqualTo(1);
        assertThat(outLines()).last().asString().startsWith("bulk-tag: ").endsWith(" unchanged, 1 failed");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("failed: " + refused.name() + " (" + refused.id()
                + "): Lever refused the request");
    }

    @Test
    void badArgumentsPrintASentenceAndTheUsage() {
        assertThat(run("--stage", "lead-new")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "bulk-tag needs at least one tag to add (--add TAG) or remove (--remove TAG).\n"
                + BulkTagCommand.USAGE + "\n");
        assertThat(run("--add", "x", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bulk-tag does not know the option --colour.");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
