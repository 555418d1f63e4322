package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.tags.TagRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Main bulk-tag} end to end against a sandbox, through the same outbox as the window, with the window's rules:
 * the same tag sentences, unknown ids named, a dry run that sends nothing.
 */
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
        Map<String, String> env = Map.of(
                "LEVER_API_BASE_URL",
                sandbox.baseUrl(),
                "LEVER_API_KEY",
                sandbox.apiKey(),
                "STAGEBOARD_HOME",
                home.toString());
        return BulkTagCommand.run(
                List.of(args),
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<SandboxModel.Opportunity> activeIn(String stage) {
        return sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential")
                        && !o.isArchived()
                        && o.stage().equals(stage))
                .toList();
    }

    @Test
    void tagsEveryActiveOpportunityOfTheStageAndPrintsTheCounts() {
        List<SandboxModel.Opportunity> targets = activeIn("lead-new");
        long already = targets.stream().filter(o -> o.tags().contains("Python")).count();

        int code = run("--add", "Python", "--stage", "lead-new");

        assertThat(code).isZero();
        assertThat(outLines())
                .last()
                .isEqualTo(
                        "bulk-tag: " + (targets.size() - already) + " succeeded, " + already + " unchanged, 0 failed");
        assertThat(activeIn("lead-new")).allSatisfy(o -> assertThat(o.tags()).containsOnlyOnce("Python"));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Found " + targets.size() + " active opportunities")
                .contains(targets.size() + " of " + targets.size() + " done");
        assertThat(Files.exists(home.resolve("stageboard.db"))).isTrue();
    }

    @Test
    void aFailedItemMakesTheExitCodeOneAndIsNamedOnStderr() {
        SandboxModel.Opportunity refused = activeIn("lead-new").stream()
                .filter(o -> !o.tags().contains("Stageboard CLI"))
                .findFirst()
                .orElseThrow();
        sandbox.faults().next("POST", "/opportunities/" + refused.id() + "/addTags", Fault.status(400));

        int code = run("--add", "Stageboard CLI", "--remove", "Nope", "--stage", "lead-new");

        assertThat(code).isEqualTo(1);
        assertThat(outLines()).last().asString().startsWith("bulk-tag: ").endsWith(" unchanged, 1 failed");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("failed: " + refused.name() + " (" + refused.id() + "): Lever refused the request");
    }

    @Test
    void badArgumentsPrintASentenceAndTheUsage() {
        assertThat(run("--stage", "lead-new")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("bulk-tag needs at least one tag to add (--add TAG) or remove (--remove TAG).\n"
                        + BulkTagCommand.USAGE + "\n");
        assertThat(run("--add", "x", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bulk-tag does not know the option --colour.");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTagTheWindowRefusesIsRefusedWithTheSameSentenceAndExit2() {
        long writes = sandbox.stats().requests();

        assertThat(run("--add", "Rocket🚀", "--stage", "lead-new")).isEqualTo(2);
        assertThat(err())
                .startsWith("bulk-tag cannot add the tag \"Rocket🚀\": "
                        + TagRules.check("Rocket🚀", List.of()).error());
        assertThat(run("--add", "two\twords")).isEqualTo(2);
        assertThat(err()).contains(TagRules.check("two\twords", List.of()).error());
        assertThat(sandbox.stats().requests()).isEqualTo(writes);
    }

    @Test
    void anUnknownStageIdIsNamedAndExits2() {
        assertThat(run("--add", "Python", "--stage", "lead-new", "--stage", "no-such-stage"))
                .isEqualTo(2);

        assertThat(err())
                .startsWith("bulk-tag: no stage has the id 'no-such-stage'. The account's stages: "
                        + "lead-new (New lead),");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnknownPostingIdIsNamedAndExits2() {
        assertThat(run("--add", "Python", "--posting", "nope")).isEqualTo(2);

        assertThat(err()).startsWith("bulk-tag: no posting has the id 'nope'");
    }

    @Test
    void aDryRunPrintsWhatWouldChangeAndChangesNothing() {
        List<SandboxModel.Opportunity> before = List.copyOf(sandbox.data().opportunities());
        long wouldChange = before.stream()
                .filter(o -> o.confidentiality().equals("non-confidential")
                        && !o.isArchived()
                        && o.stage().equals("lead-new")
                        && !o.tags().contains("Python"))
                .count();

        assertThat(run("--add", "Python", "--stage", "lead-new", "--dry-run")).isEqualTo(0);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines)
                .filteredOn(line -> line.startsWith("would change "))
                .hasSize((int) wouldChange)
                .allSatisfy(line -> assertThat(line).endsWith("): add Python"));
        assertThat(lines.get(lines.size() - 1)).startsWith("bulk-tag (dry run): " + wouldChange + " would change, ");
        assertThat(sandbox.data().opportunities()).isEqualTo(before);
    }
}
