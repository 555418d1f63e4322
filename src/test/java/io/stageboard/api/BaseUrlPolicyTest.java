package io.stageboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://api.lever.co/v1",
                "https://api.sandbox.lever.co/v1/",
                "https://lever.example.com:8443/v1",
                "http://127.0.0.1:8080/v1",
                "http://127.5.6.7/v1",
                "http://localhost:9000/v1",
                "http://[::1]:9000/v1"
            })
    void httpsAnywhereAndHttpOnlyToThisComputerAreAccepted(String url) {
        try (LeverClient client =
                LeverClient.builder().baseUrl(url).apiKey("a-test-key").build()) {
            assertThat(client.baseUrl()).doesNotEndWith("/").endsWith("/v1");
        }
    }

    @Test
    void theDefaultIsLeverProduction() {
        try (LeverClient client = LeverClient.builder().apiKey("a-test-key").build()) {
            assertThat(client.baseUrl()).isEqualTo("https://api.lever.co/v1");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://api.lever.co/v1",
                "http://192.168.1.10/v1",
                "http://128.0.0.1/v1",
                "http://localhost.example.com/v1"
            })
    void plainHttpToAnotherHostIsRefusedWithASentence(String url) {
        assertThatThrownBy(() ->
                        LeverClient.builder().baseUrl(url).apiKey("a-test-key").build())
                .isInstanceOf(LeverConfigurationException.class)
                .hasMessageContaining("Stageboard only talks to Lever over HTTPS")
                .hasMessageContaining("plain http:// is allowed only for a local sandbox on this computer");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "api.lever.co",
                "ftp://api.lever.co/v1",
                "https://user:pw@api.lever.co/v1",
                "https://api.lever.co/v1?x=1"
            })
    void unusableAddressesAreRefused(String url) {
        assertThatThrownBy(() ->
                        LeverClient.builder().baseUrl(url).apiKey("a-test-key").build())
                .isInstanceOf(LeverConfigurationException.class)
                .satisfies(e -> assertThat(((LeverException) e).userMessage()).endsWith("."));
    }

    @Test
    void anEmptyOrBrokenKeyIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> LeverClient.builder().apiKey(" ").build())
                .isInstanceOf(LeverConfigurationException.class)
                .hasMessageContaining("API key is empty");
        assertThatThrownBy(() -> LeverClient.builder().apiKey("secret\nkey").build())
                .isInstanceOf(LeverConfigurationException.class)
                .message()
                .doesNotContain("secret");
    }
}
