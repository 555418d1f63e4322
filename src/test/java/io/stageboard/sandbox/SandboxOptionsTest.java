package io.stageboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    @Test
    void defaultsMatchTheDocumentedValues() {
        assertThat(SandboxOptions.defaults()).isEqualTo(new SandboxOptions(0, 300, 42, 0, 0.0, 0.0, 20, "demo-key"));
    }

    @Test
    void parseReadsEveryOption() {
        SandboxOptions o = SandboxOptions.parse(List.of(
                "--port",
                "8089",
                "--size",
                "1000",
                "--seed",
                "7",
                "--latency-ms",
                "25",
                "--failure-rate",
                "0.1",
                "--rate-limit",
                "10",
                "--burst",
                "30",
                "--api-key",
                "k1"));

        assertThat(o).isEqualTo(new SandboxOptions(8089, 1000, 7, 25, 0.1, 10, 30, "k1"));
        assertThat(SandboxOptions.parse(List.of("--size=12")).size()).isEqualTo(12);
        assertThat(SandboxOptions.parse(List.of())).isEqualTo(SandboxOptions.defaults());
    }

    @Test
    void badValuesAreExplainedInOneSentence() {
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--size", "abc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--size must be a whole number from 1 to 1000000, got 'abc'.");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--size", "1000001")))
                .hasMessage("--size must be a whole number from 1 to 1000000, got '1000001'.");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--failure-rate", "2")))
                .hasMessageStartingWith("--failure-rate must be a number from 0 to 1");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--port"))).hasMessage("--port needs a value.");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--colour", "red")))
                .hasMessageStartingWith("Unknown option '--colour'.");
    }

    @Test
    void theArchivedShareIsReadAndChecked() {
        assertThat(SandboxOptions.parse(List.of("--size", "1000000", "--archived-share", "0.95")))
                .isEqualTo(SandboxOptions.defaults().withSize(1_000_000).withArchivedShare(0.95));
        assertThat(SandboxOptions.parse(List.of("--archived-share=0")).archivedShare())
                .isZero();
        assertThat(SandboxOptions.defaults().archivedShare()).isNull();
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--archived-share", "1.5")))
                .hasMessage("--archived-share must be a number from 0 to 1, got '1.5'.");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--archived-share", "most")))
                .hasMessage("--archived-share must be a number from 0 to 1, got 'most'.");
        assertThatThrownBy(() -> SandboxOptions.defaults().withArchivedShare(-0.1))
                .hasMessage("--archived-share must be a number from 0 to 1, got '-0.1'.");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--colour", "red")))
                .hasMessageEndingWith("--api-key, --grant, --archived-share.");
    }

    @Test
    void withersChangeOneValue() {
        SandboxOptions o = SandboxOptions.defaults()
                .withPort(1)
                .withSize(2)
                .withSeed(3)
                .withLatencyMs(4)
                .withFailureRate(0.5)
                .withRateLimit(6, 7)
                .withApiKey("x");

        assertThat(o).isEqualTo(new SandboxOptions(1, 2, 3, 4, 0.5, 6, 7, "x"));
        assertThat(o.withArchivedShare(0.25)).isEqualTo(new SandboxOptions(1, 2, 3, 4, 0.5, 6, 7, "x", Map.of(), 0.25));
    }

    @Test
    void theCommandRefusesBadOptionsWithExitCode2() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = SandboxCommand.run(
                List.of("--size", "abc"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("--size must be a whole number from 1 to 1000000, got 'abc'.");
    }
}
