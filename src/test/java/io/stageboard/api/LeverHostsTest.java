package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeverHostsTest {

    @Test
    void anEuAccountUsesTheEuPublicPostingsHostAndEuLinks() {
        LeverHosts eu = LeverHosts.forDataApi("https://api.eu.lever.co/v1");

        assertThat(eu)
                .isEqualTo(new LeverHosts(
                        "https://api.eu.lever.co/v0/postings", "jobs.eu.lever.co", "https://hire.eu.lever.co"));
        assertThat(eu.candidateLink("abc")).isEqualTo("https://hire.eu.lever.co/candidates/abc");
    }

    @Test
    void productionSandboxAndOtherAddressesGetTheirOwnHosts() {
        assertThat(LeverHosts.forDataApi("https://api.lever.co/v1")).isEqualTo(LeverHosts.US);
        assertThat(LeverHosts.forDataApi("https://api.sandbox.lever.co/v1")).isEqualTo(LeverHosts.SANDBOX);
        assertThat(LeverHosts.forDataApi("https://lever-proxy.example.com/v1")).isEqualTo(LeverHosts.US);
        assertThat(LeverHosts.forDataApi("not an address")).isEqualTo(LeverHosts.US);
    }
}
