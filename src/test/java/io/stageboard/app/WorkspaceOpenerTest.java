package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceOpenerTest {

    @Test
    void withoutAnAccountItOpensTheDemoOnAnEmbeddedSandbox() throws Exception {
        try (Workspace demo = WorkspaceOpener.open(Map.of())) {
            assertThat(demo.kind()).isEqualTo(Workspace.Kind.DEMO);
            assertThat(demo.client().baseUrl()).startsWith("http://127.0.0.1:").endsWith("/v1");
            assertThat(demo.client().stages()).isNotEmpty();
            assertThat(demo.performAs()).as("the demo acts as one of its users").isNotNull();
        }
    }

    @Test
    void theEnvironmentNamesAnAccountWhoseKeyIsHeldInMemory() throws Exception {
        try (SandboxServer sandbox =
                SandboxServer.start(SandboxOptions.defaults().withApiKey("env-key"))) {
            Map<String, String> env = Map.of(
                    "LEVER_API_BASE_URL",
                    sandbox.baseUrl(),
                    "LEVER_API_KEY",
                    "env-key",
                    "LEVER_PERFORM_AS",
                    sandbox.data().users().get(0).id());
            try (Workspace account = WorkspaceOpener.open(env)) {
                assertThat(account.kind()).isEqualTo(Workspace.Kind.SANDBOX);
                assertThat(account.label()).isEqualTo("Lever account at 127.0.0.1");
                assertThat(account.performAs())
                        .isEqualTo(sandbox.data().users().get(0).id());
                assertThat(account.client().stages())
                        .hasSize(sandbox.data().stages().size());
            }
        }
    }

    @Test
    void halfAnAccountIsRefusedWithASentence() {
        assertThatThrownBy(() -> WorkspaceOpener.open(Map.of("LEVER_API_KEY", "k")))
                .hasMessage(
                        "Set both LEVER_API_BASE_URL and LEVER_API_KEY to open a Lever account, or neither for the demo.");
    }

    @Test
    void plainHttpToAnotherHostIsRefused() {
        assertThatThrownBy(() -> WorkspaceOpener.open(
                        Map.of("LEVER_API_BASE_URL", "http://api.lever.co/v1", "LEVER_API_KEY", "secret-key")))
                .hasMessageContaining("https")
                .hasMessageNotContaining("secret-key");
    }
}
