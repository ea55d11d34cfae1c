package io.switchboard.simulator.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the request log keeps of credentials: the last four characters at most. */
class RedactionTests {

    @Test
    void aBearerTokenKeepsItsSchemeAndLastFourCharacters() {
        assertThat(Redaction.authorization("Bearer EAAGabcdef1234")).isEqualTo("Bearer ***1234");
    }

    @Test
    void aShortSecretIsHiddenWhole() {
        assertThat(Redaction.authorization("Bearer abc")).isEqualTo("Bearer ***");
    }

    @Test
    void aBotTokenInAPathKeepsOnlyTheBotId() {
        assertThat(Redaction.path("/bot123456:AAHsecret-part/sendMessage")).isEqualTo("/bot123456:***/sendMessage");
        assertThat(Redaction.path("/bot123456%3AAAHsecret/getMe")).isEqualTo("/bot123456:***/getMe");
    }

    @Test
    void otherPathsAreKeptAsTheyAre() {
        assertThat(Redaction.path("/v23.0/1065/messages")).isEqualTo("/v23.0/1065/messages");
    }

    @Test
    void secretParametersAreMaskedInJsonFormsAndQueries() {
        assertThat(Redaction.parameters("{\"url\":\"https://x\",\"secret_token\":\"abcdefgh\"}"))
                .isEqualTo("{\"url\":\"https://x\",\"secret_token\":\"***efgh\"}");
        assertThat(Redaction.parameters("url=https%3A%2F%2Fx&secret_token=abcdefgh"))
                .isEqualTo("url=https%3A%2F%2Fx&secret_token=***efgh");
        assertThat(Redaction.parameters("fields=id&access_token=EAAG12345678"))
                .isEqualTo("fields=id&access_token=***5678");
    }
}
