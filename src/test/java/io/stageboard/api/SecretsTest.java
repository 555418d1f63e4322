package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API key never reaches a log line or an exception message, on success or on any failure. */
class SecretsTest {

    private static final String KEY = "sk-live-Stageboard-9f8e7d6c5b4a";
    private static final String LIMITED_KEY = "sk-limited-Stageboard-1a2b3c4d";

    private SandboxServer server;
    private ListAppender<ILoggingEvent> appender;
    private Logger apiLogger;

    @BeforeEach
    void start() {
        server = Sandboxes.start(SandboxOptions.defaults().withSize(120).withApiKey(KEY));
        apiLogger = (Logger) LoggerFactory.getLogger("io.stageboard.api");
        apiLogger.setLevel(Level.DEBUG);
        appender = new ListAppender<>();
        appender.start();
        apiLogger.addAppender(appender);
    }

    @AfterEach
    void stop() {
        apiLogger.detachAppender(appender);
        server.close();
    }

    @Test
    void theKeyAppearsInNoLogLineAndNoExceptionMessage() {
        List<Throwable> failures = new ArrayList<>();
        String opportunity = LeverClientWriteTest.activeIds(server).get(0);
        try (LeverClient client =
                Sandboxes.clientFor(server).apiKey(KEY).maxAttempts(2).build()) {
            client.stages();
            client.opportunity(opportunity);
            client.createNote(opportunity, new NewNote("Logged?", false, null), null);
            server.faults().next("GET", "/tags", Fault.tooManyRequests(null), Fault.tooManyRequests(null));
            failures.add(failure(client::tags));
            server.faults().next("GET", "/stages", Fault.malformedJson());
            failures.add(failure(client::stages));
            server.faults().next("GET", "/sources", Fault.htmlErrorPage(502), Fault.status(500));
            failures.add(failure(client::sources));
            server.faults().next("GET", "/stages", Fault.dropConnection(), Fault.dropConnection());
            failures.add(failure(client::stages));
            failures.add(failure(() -> client.opportunity("missing")));
        }
        try (LeverClient wrong =
                Sandboxes.clientFor(server).apiKey(KEY + "-wrong").build()) {
            failures.add(failure(wrong::stages));
        }
        server.grantKey(LIMITED_KEY, Set.of("stages:read"));
        try (LeverClient limited =
                Sandboxes.clientFor(server).apiKey(LIMITED_KEY).build()) {
            failures.add(failure(() -> limited.users(false)));
        }

        assertThat(failures).hasSize(7).allSatisfy(this::assertNoSecret);
        List<String> lines =
                appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines)
                .hasSizeGreaterThanOrEqualTo(10)
                .anySatisfy(l -> assertThat(l).startsWith("GET /v1/stages?limit=100 -> 200 in"))
                .anySatisfy(l -> assertThat(l).contains("-> 429").contains("(attempt 1)"))
                .allSatisfy(l -> assertThat(l)
                        .doesNotContain(KEY)
                        .doesNotContain(LIMITED_KEY)
                        .doesNotContain(credential(KEY))
                        .doesNotContain(credential(LIMITED_KEY))
                        .doesNotContain("Authorization")
                        .doesNotContain("Basic "));
    }

    private void assertNoSecret(Throwable failure) {
        assertThat(failure).isInstanceOf(LeverException.class);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()))
                    .doesNotContain(KEY)
                    .doesNotContain(LIMITED_KEY)
                    .doesNotContain(credential(KEY))
                    .doesNotContain("Basic ");
        }
        assertThat(((LeverException) failure).userMessage()).doesNotContain(KEY);
    }

    private static Throwable failure(Supplier<?> call) {
        return catchThrowable(call::get);
    }

    private static String credential(String key) {
        return Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }
}
