package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stageboard.sandbox.Fault;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateOpportunityTest {

    private SandboxServer sandbox;
    private LeverClient client;
    private String creator;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(30));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .build();
        creator = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private NewOpportunity ada(String postingId) {
        return new NewOpportunity(
                "Ada Lovelace",
                "Analytical Engines Ltd",
                "London",
                List.of("ada@example.com"),
                List.of(new Phone("mobile", "+44 20 7946 0000")),
                List.of("https://example.com/ada"),
                List.of("Stageboard placeholder"),
                List.of("Referral"),
                "referred",
                null,
                postingId,
                "applicant-new");
    }

    @Test
    void createsTheCandidateWithEveryFieldOnLever() {
        String posting = sandbox.data().postings().stream()
                .filter(p -> p.confidentiality().equals("non-confidential"))
                .findFirst()
                .orElseThrow()
                .id();

        CreatedOpportunity created = client.createOpportunity(ada(posting), creator);

        SandboxModel.Opportunity onLever =
                sandbox.data().opportunity(created.opportunity().id()).orElseThrow();
        assertThat(onLever.name()).isEqualTo("Ada Lovelace");
        assertThat(onLever.emails()).containsExactly("ada@example.com");
        assertThat(onLever.tags()).containsExactly("Stageboard placeholder");
        assertThat(onLever.stage()).isEqualTo("applicant-new");
        assertThat(onLever.postingId()).isEqualTo(posting);
        assertThat(onLever.owner()).isEqualTo(creator);
        assertThat(created.deduped()).isFalse();
    }

    @Test
    void performAsIsRequired() {
        assertThatThrownBy(() -> client.createOpportunity(NewOpportunity.named("No Creator", List.of()), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundNotRepeated() {
        sandbox.faults().next("POST", "/opportunities", Fault.applyThenDrop());
        int before = sandbox.data().opportunityCount();

        CreatedOpportunity created = client.createOpportunity(ada(null), creator);

        assertThat(sandbox.data().opportunityCount()).isEqualTo(before + 1);
        assertThat(created.opportunity().name()).isEqualTo("Ada Lovelace");
    }
}
