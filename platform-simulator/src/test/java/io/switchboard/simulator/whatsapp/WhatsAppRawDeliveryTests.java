package io.switchboard.simulator.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.CapturedRequest;
import io.switchboard.simulator.support.Hmac;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.simulator.support.WebhookCaptures;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code webhook-deliveries}: a body delivered exactly as given, with a valid or a forged signature. */
@QuarkusTest
class WhatsAppRawDeliveryTests {

    private static final String BODY = Fixtures.text("fixtures/whatsapp/raw-status-webhook.json");

    @Inject
    WebhookCaptures captures;

    @Test
    void aValidlySignedDelivery_arrivesByteForByte() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        JsonNode answer = Simulator.client().deliverWhatsAppWebhook(number.phoneNumberId(), BODY, true);

        assertThat(answer.get("status").asInt()).isEqualTo(200);
        assertThat(answer.get("body").asText()).isEqualTo("EVENT_RECEIVED");
        CapturedRequest delivery = captures.posts(webhook).getFirst();
        assertThat(delivery.text()).isEqualTo(BODY);
        assertThat(delivery.header("X-Hub-Signature-256"))
                .isEqualTo(Hmac.xHubSignature256(number.appSecret(), BODY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aForgedDelivery_carriesAWellFormedSignatureThatDoesNotVerify() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        Simulator.client().deliverWhatsAppWebhook(number.phoneNumberId(), BODY, false);

        CapturedRequest delivery = captures.posts(webhook).getFirst();
        assertThat(delivery.header("X-Hub-Signature-256"))
                .matches("sha256=[0-9a-f]{64}")
                .isNotEqualTo(Hmac.xHubSignature256(number.appSecret(), delivery.body()));
    }
}
