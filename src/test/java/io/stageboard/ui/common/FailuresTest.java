package io.stageboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverAuthenticationException;
import io.stageboard.api.LeverNetworkException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final String UNREACHABLE =
            "Could not reach Lever at api.lever.co: the connection was refused." + " Check your connection.";

    @Test
    void theWholeTextIsTheSentenceAndTheAction() {
        assertThat(Failures.describe(
                        new CompletionException(new LeverAuthenticationException(401, null, null, "x", null))))
                .isEqualTo("Lever rejected the API key. Check the key or create a new one under Settings"
                        + " → Integrations and API.");
    }

    @Test
    void aFailuresOwnActionBeatsTheScreensWayToTryAgain() {
        assertThat(Failures.describe(
                        new LeverAuthenticationException(401, null, null, "x", null), "Press Reload to try again."))
                .isEqualTo("Lever rejected the API key. Check the key or create a new one under Settings"
                        + " → Integrations and API.");
    }

    @Test
    void withoutAnActionOfItsOwnTheScreensWayToTryAgainFollows() {
        assertThat(Failures.describe(
                        new LeverNetworkException(UNREACHABLE, new ConnectException()), "Press Reload to try again."))
                .isEqualTo(UNREACHABLE + " Press Reload to try again.");
    }
}
