package io.switchboard.telegram.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSecretTests {

    @Test
    void aWebhookSecretIsLongAndUsesOnlyCharactersTelegramAccepts() {
        String secret = ChannelSecrets.newWebhookSecret();

        assertThat(secret)
                .hasSizeGreaterThanOrEqualTo(32)
                .hasSizeLessThanOrEqualTo(256)
                .matches("[A-Za-z0-9_-]+");
    }

    @Test
    void everyWebhookSecretIsNew() {
        assertThat(ChannelSecrets.newWebhookSecret()).isNotEqualTo(ChannelSecrets.newWebhookSecret());
    }
}
