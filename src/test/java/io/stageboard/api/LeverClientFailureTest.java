package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Retry, recovery and error mapping, driven by the sandbox's scripted faults. */
class LeverClientFailureTest {

    private static SandboxServer server;
    private static LeverClient client;
    private static List<String> candidates;
    private static final AtomicInteger NEXT = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = Sandboxes.start(SandboxOptions.defaults().withSize(300).withSeed(5));
        client = Sandboxes.clientFor(server).build();
        candidates = LeverClientWriteTest.activeIds(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @AfterEach
    void noFaultLeftBehind() {
        assertThat(server.faults().pending())
                .as("faults the test queued but no request consumed")
                .isZero();
        server.faults().clear();
    }

    @Test
    void a429WithoutRetryAfterIsRetriedWithBackoff() {
        server.faults().next("GET", "/stages", Fault.tooManyRequests(null), Fault.tooManyRequests(null));

        assertThat(client.stages()).hasSize(server.data().stages().size());
    }

    @Test
    void a429WithRetryAfterWaitsAsLongAsLeverAsks() {
        server.faults().next("GET", "/stages", Fault.tooManyRequests(1));
        long started = System.nanoTime();

        assertThat(client.stages()).isNotEmpty();
        // The client's own backoff is 1-20 ms, so only Retry-After explains a wait of a second.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void persistentThrottlingEndsInARateLimitSentence() {
        try (LeverClient twoTries = Sandboxes.clientFor(server).maxAttempts(2).build()) {
            server.faults().next("GET", "/tags", Fault.tooManyRequests(null), Fault.tooManyRequests(null));

            assertThatThrownBy(twoTries::tags)
                    .isInstanceOf(LeverRateLimitException.class)
                    .hasMessageStartingWith("Lever is throttling requests; try again in a minute.")
                    .satisfies(
                            e -> assertThat(((LeverException) e).isTransient()).isTrue());
        }
    }

    @Test
    void a503IsRetriedForAStageChange() {
        String id = fresh();
        String target = server.data().stages().get(2).id();
        server.faults().next("PUT", "/opportunities/*/stage", Fault.status(503), Fault.status(503));

        Opportunity moved = client.changeStage(id, target, null);

        assertThat(moved.stage()).isEqualTo(target);
        assertThat(server.data().opportunity(id).orElseThrow().stage()).isEqualTo(target);
    }

    @Test
    void a500IsNotRetried() {
        server.faults().next("GET", "/sources", Fault.status(500));

        assertThatThrownBy(client::sources)
                .isInstanceOf(LeverServerException.class)
                .hasMessageStartingWith("Lever had a problem handling the request (HTTP 500); try again")
                .satisfies(e -> assertThat(((LeverException) e).isTransient()).isFalse());
    }

    @Test
    void aDroppedConnectionIsRetriedForAGet() {
        String id = fresh();
        server.faults().next("GET", "/opportunities/*", Fault.dropConnection());

        assertThat(client.opportunity(id).id()).isEqualTo(id);
    }

    @Test
    void aNoteWhoseAnswerWasLostIsFoundInsteadOfCreatedTwice() {
        String id = fresh();
        String text = "Answer lost on the way back " + NEXT.incrementAndGet();
        server.faults().next("POST", "/opportunities/*/notes", Fault.applyThenDrop());

        Note note = client.createNote(id, new NewNote(text, false, 3), null);

        assertThat(note.body()).isEqualTo(text);
        List<SandboxModel.Note> stored = server.data().notes(id).stream()
                .filter(n -> n.value().equals(text))
                .toList();
        assertThat(stored).hasSize(1);
        assertThat(note.id()).isEqualTo(stored.get(0).id());
    }

    @Test
    void aNoteRequestThatNeverArrivedIsSentAgain() {
        String id = fresh();
        String text = "Connection dropped before Lever acted " + NEXT.incrementAndGet();
        server.faults().next("POST", "/opportunities/*/notes", Fault.dropConnection(), Fault.status(503));

        Note note = client.createNote(id, new NewNote(text, true, null), null);

        assertThat(note.secret()).isTrue();
        assertThat(server.data().notes(id))
                .filteredOn(n -> n.value().equals(text))
                .hasSize(1);
    }

    @Test
    void aDeleteWhoseAnswerWasLostCountsAsDone() {
        String id = fresh();
        Note note = client.createNote(id, new NewNote("To be deleted", false, null), null);
        server.faults().next("DELETE", "/opportunities/*/notes/*", Fault.applyThenDrop());

        client.deleteNote(id, note.id(), null);

        assertThat(server.data().note(id, note.id())).isEmpty();
    }

    @Test
    void malformedJsonBecomesAResponseErrorWithASentence() {
        server.faults().next("GET", "/archive_reasons", Fault.malformedJson());

        assertThatThrownBy(client::archiveReasons)
                .isInstanceOf(LeverResponseException.class)
                .hasMessageStartingWith("Lever sent an answer Stageboard could not read")
                .message()
                .doesNotContain("Jackson")
                .doesNotContain("com.fasterxml")
                .doesNotContain("Unexpected");
    }

    @Test
    void anHtmlErrorPageBecomesAServerErrorWithASentence() {
        try (LeverClient twoTries = Sandboxes.clientFor(server).maxAttempts(2).build()) {
            server.faults().next("GET", "/stages", Fault.htmlErrorPage(502), Fault.htmlErrorPage(502));

            assertThatThrownBy(twoTries::stages)
                    .isInstanceOf(LeverServerException.class)
                    .hasMessageStartingWith("Lever answered with an error page (HTTP 502) instead of data")
                    .message()
                    .doesNotContain("<");
        }
    }

    @Test
    void aWrongKeyIsAnAuthenticationErrorThatIsNotRetried() {
        try (LeverClient wrong =
                Sandboxes.clientFor(server).apiKey("not-the-right-key").build()) {
            long before = server.stats().requests();

            assertThatThrownBy(wrong::stages)
                    .isInstanceOf(LeverAuthenticationException.class)
                    .hasMessageStartingWith("Lever rejected the API key. Check the key or create a new one under"
                            + " Settings → Integrations and API.")
                    .satisfies(e -> assertThat(((LeverException) e).status()).isEqualTo(401));
            assertThat(server.stats().requests()).isEqualTo(before + 1);
        }
    }

    @Test
    void aKeyWithoutAPermissionGetsAPermissionSentence() {
        server.grantKey("stages-only-key", Set.of("stages:read"));
        try (LeverClient limited =
                Sandboxes.clientFor(server).apiKey("stages-only-key").build()) {
            assertThat(limited.stages()).isNotEmpty();

            assertThatThrownBy(limited::tags)
                    .isInstanceOf(LeverPermissionException.class)
                    .hasMessageStartingWith("This API key is not allowed to do this")
                    .hasMessageContaining("ask a Super Admin")
                    .satisfies(
                            e -> assertThat(((LeverException) e).leverMessage()).isNotBlank());
        }
    }

    @Test
    void anUnreachableServerIsANetworkErrorNamingTheHost() {
        try (LeverClient nowhere = LeverClient.builder()
                .baseUrl("http://127.0.0.1:1/v1")
                .apiKey("some-key-123")
                .maxAttempts(2)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(2))
                .build()) {
            assertThatThrownBy(nowhere::stages)
                    .isInstanceOf(LeverNetworkException.class)
                    .hasMessage("Could not reach Lever at 127.0.0.1: the connection was refused."
                            + " Check your connection.")
                    .satisfies(e -> assertThat(((LeverException) e).status()).isZero());
        }
    }

    @Test
    void aReadTimeoutIsANetworkError() {
        try (LeverClient impatient = Sandboxes.clientFor(server)
                .maxAttempts(1)
                .timeouts(Duration.ofSeconds(1), Duration.ofMillis(200))
                .build()) {
            server.faults().next("GET", "/stages", Fault.delay(1_000));

            assertThatThrownBy(impatient::stages)
                    .isInstanceOf(LeverNetworkException.class)
                    .hasMessageContaining("the request timed out");
        }
    }

    @Test
    void cancellingAPagerCancelsTheRequestInFlight() {
        Pager<Opportunity> pager = client.opportunities(OpportunityQuery.all());

        cancelWhileWaiting(pager, Fault.delay(4_000));

        assertThat(pager.isCancelled()).isTrue();
        assertThat(pager.hasMore()).isFalse();
        assertThatThrownBy(pager::nextPage).isInstanceOf(CancellationException.class);
    }

    @Test
    void cancellingAPagerCutsShortAWaitForRetryAfter() {
        cancelWhileWaiting(
                client.opportunities(OpportunityQuery.builder().archived(true).build()), Fault.tooManyRequests(5));
    }

    /**
     * Starts the pager's first page in the background, lets {@code fault} hold it up for seconds, cancels, and
     * checks that the page ends at once with a CancellationException on a thread that is not left interrupted.
     */
    private static void cancelWhileWaiting(Pager<Opportunity> pager, Fault fault) {
        long before = server.stats().requests();
        server.faults().next("GET", "/opportunities", fault);
        AtomicBoolean leftInterrupted = new AtomicBoolean();
        CompletableFuture<Page<Opportunity>> page = CompletableFuture.supplyAsync(() -> {
            try {
                return pager.nextPage();
            } finally {
                leftInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        awaitRequests(before + 1);

        pager.cancel();

        // The fault holds the answer for 4 s or more, so a page that ends within 3 s was cut short by the cancel.
        assertThatThrownBy(() -> page.get(3, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(leftInterrupted)
                .as("a pooled thread handed back interrupted")
                .isFalse();
    }

    private static void awaitRequests(long count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.stats().requests() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(server.stats().requests()).isGreaterThanOrEqualTo(count);
    }

    private static String fresh() {
        return candidates.get(NEXT.incrementAndGet());
    }
}
