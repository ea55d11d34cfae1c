package io.switchboard.simulator.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.CapturedRequest;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Hmac;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.simulator.support.WebhookCaptures;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After a send, status webhooks follow: sent, delivered, read by default; sent, failed for an undeliverable one. */
@QuarkusTest
class WhatsAppStatusWebhookTests {

    private static final String TEXT = Fixtures.text("fixtures/whatsapp/send-text.json");

    @Inject
    WebhookCaptures captures;

    @Test
    void aSend_isFollowedBySentDeliveredRead_inOrder_forThatWamid() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        String wamid = GraphCalls.send(number, TEXT).statusCode(200).extract().path("messages[0].id");

        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 3);
        List<JsonNode> statuses = statuses(webhook);
        assertThat(statuses)
                .extracting(status -> status.get("status").asText())
                .containsExactly("sent", "delivered", "read");
        assertThat(statuses).allSatisfy(status -> {
            assertThat(status.get("id").asText()).isEqualTo(wamid);
            assertThat(status.get("recipient_id").asText()).isEqualTo("393331234567");
            assertThat(status.get("timestamp").asText()).matches("\\d{10}");
            assertThat(status.has("conversation")).isFalse();
        });
    }

    @Test
    void sentAndDelivered_carryPerMessagePricing() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        GraphCalls.send(number, TEXT).statusCode(200);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 3);
        JsonNode sent = statuses(webhook).getFirst();
        assertThat(sent.at("/pricing/pricing_model").asText()).isEqualTo("PMP");
        assertThat(sent.at("/pricing/billable").asBoolean()).isFalse();
        assertThat(sent.at("/pricing/category").asText()).isEqualTo("service");
        assertThat(sent.at("/pricing/type").asText()).isEqualTo("free_customer_service");
    }

    @Test
    void statusWebhooks_areSignedWithTheAppSecret() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        GraphCalls.send(number, TEXT).statusCode(200);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 3);
        for (CapturedRequest delivery : captures.posts(webhook)) {
            assertThat(delivery.header("X-Hub-Signature-256"))
                    .isEqualTo(Hmac.xHubSignature256(number.appSecret(), delivery.body()));
            assertThat(delivery.json()
                            .at("/entry/0/changes/0/value/metadata/phone_number_id")
                            .asText())
                    .isEqualTo(number.phoneNumberId());
        }
    }

    @Test
    void aNumbersOwnProgression_isPlayedInstead() {
        WhatsAppNumber number = Simulator.newNumber(Map.of("statusProgression", List.of("sent", "delivered")));
        String webhook = Simulator.subscribedWebhook(captures, number);

        GraphCalls.send(number, TEXT).statusCode(200);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 2);
        await().during(Duration.ofMillis(300))
                .until(() -> captures.posts(webhook).size() == 2);
        assertThat(statuses(webhook))
                .extracting(status -> status.get("status").asText())
                .containsExactly("sent", "delivered");
    }

    @Test
    void anEmptyProgression_sendsNoStatuses() {
        WhatsAppNumber number = Simulator.newNumber(Map.of("statusProgression", List.of()));
        String webhook = Simulator.subscribedWebhook(captures, number);

        GraphCalls.send(number, TEXT).statusCode(200);

        await().during(Duration.ofMillis(300))
                .until(() -> captures.posts(webhook).isEmpty());
    }

    @Test
    void anUndeliverableRecipient_getsSentThenFailedWith131026() {
        WhatsAppNumber number = Simulator.newNumber(Map.of("undeliverableRecipients", List.of("+39 333 123 4567")));
        String webhook = Simulator.subscribedWebhook(captures, number);

        GraphCalls.send(number, TEXT).statusCode(200);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 2);
        List<JsonNode> statuses = statuses(webhook);
        assertThat(statuses).extracting(status -> status.get("status").asText()).containsExactly("sent", "failed");
        JsonNode failed = statuses.get(1);
        assertThat(failed.at("/errors/0/code").asInt()).isEqualTo(131026);
        assertThat(failed.at("/errors/0/title").asText()).isEqualTo("Message undeliverable");
        assertThat(failed.has("pricing")).isFalse();
    }

    private List<JsonNode> statuses(String webhook) {
        return captures.posts(webhook).stream()
                .map(delivery -> delivery.json().at("/entry/0/changes/0/value/statuses/0"))
                .toList();
    }
}
