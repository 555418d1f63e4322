package io.stageboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.ui.common.LoadStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The words of the workspace bar and the status bar, without the toolkit. */
class WindowBarsTest {

    @Test
    void theStatusBarSaysOneThingAboutTheWorkInProgress() {
        assertThat(List.of(
                        WindowBars.workText(0, "", LoadStatus.LOADING),
                        WindowBars.workText(0, "Loading from Lever…", LoadStatus.LOADING),
                        WindowBars.workText(1, "Updated just now", LoadStatus.LOADED),
                        WindowBars.workText(3, "Updating…", LoadStatus.LOADED),
                        WindowBars.workText(0, "Updated 3 min ago", LoadStatus.LOADED),
                        WindowBars.workText(0, "", LoadStatus.LOADED)))
                .isEqualTo(List.of(
                        "Loading…",
                        "Loading from Lever…",
                        "Saving 1 change to Lever…",
                        "Saving 3 changes to Lever…",
                        "Updated 3 min ago",
                        ""));
    }

    @Test
    void theConnectionStateWaitsForTheFirstAnswer() {
        assertThat(Stream.of("Connecting to Lever…", "Connected", "Offline · next try at 10:42:15")
                        .map(WindowBars::connectionText)
                        .toList())
                .isEqualTo(List.of("", "Connected", "Offline · next try at 10:42:15"));
    }

    @Test
    void theMenusUseTheBadgesWordForEachKind() {
        assertThat(Stream.of(
                                "http://localhost:8080/v1",
                                "https://api.sandbox.lever.co/v1",
                                "https://eu.proxy.example/v1")
                        .map(url -> Workspace.Kind.forAddress(url))
                        .map(kind -> kind.badge() + " " + kind.word())
                        .toList())
                .isEqualTo(List.of("SANDBOX Sandbox", "SANDBOX Sandbox", "PRODUCTION Production"));
    }
}
