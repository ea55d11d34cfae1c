package io.switchboard.simulator.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.CapturedRequest;
import io.switchboard.simulator.support.Hmac;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.simulator.support.WebhookCaptures;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A customer writes: the simulator POSTs a signed {@code messages} webhook shaped like the spec's examples. */
@QuarkusTest
class WhatsAppInboundWebhookTests {

    @Inject
    WebhookCaptures captures;

    @Test
    void aCustomersText_isDelivered_andTheAnswerCarriesTheWamidAndTheWebhooksReply() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        JsonNode answer =
                Simulator.client().whatsAppCustomerWrites(number.phoneNumberId(), "393331234567", "Giulia", "Hello!");

        assertThat(answer.get("wamid").asText()).startsWith("wamid.");
        assertThat(answer.get("status").asInt()).isEqualTo(200);
        assertThat(answer.get("body").asText()).isEqualTo("EVENT_RECEIVED");
        assertThat(captures.posts(webhook)).hasSize(1);
    }

    @Test
    void theWebhookBody_isAWhatsAppBusinessAccountMessagesChange() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        JsonNode answer =
                Simulator.client().whatsAppCustomerWrites(number.phoneNumberId(), "393331234567", "Giulia", "Hello!");

        JsonNode body = captures.posts(webhook).getFirst().json();
        assertThat(body.get("object").asText()).isEqualTo("whatsapp_business_account");
        JsonNode entry = body.get("entry").get(0);
        assertThat(entry.get("id").asText()).isEqualTo(number.wabaId());
        JsonNode change = entry.get("changes").get(0);
        assertThat(change.get("field").asText()).isEqualTo("messages");
        JsonNode value = change.get("value");
        assertThat(value.get("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(value.at("/metadata/phone_number_id").asText()).isEqualTo(number.phoneNumberId());
        assertThat(value.at("/metadata/display_phone_number").asText())
                .isEqualTo(number.displayPhoneNumber().replaceAll("\\D", ""));
        assertThat(value.at("/contacts/0/profile/name").asText()).isEqualTo("Giulia");
        assertThat(value.at("/contacts/0/wa_id").asText()).isEqualTo("393331234567");
        JsonNode message = value.at("/messages/0");
        assertThat(message.get("from").asText()).isEqualTo("393331234567");
        assertThat(message.get("id").asText()).isEqualTo(answer.get("wamid").asText());
        assertThat(message.get("timestamp").asText()).matches("\\d{10}");
        assertThat(message.get("type").asText()).isEqualTo("text");
        assertThat(message.at("/text/body").asText()).isEqualTo("Hello!");
    }

    @Test
    void theWebhook_isSignedWithTheAppSecretOverTheExactBody() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        Simulator.client().whatsAppCustomerWrites(number.phoneNumberId(), "393331234567", "Giulia", "Ciao");

        CapturedRequest delivery = captures.posts(webhook).getFirst();
        assertThat(delivery.header("X-Hub-Signature-256"))
                .isEqualTo(Hmac.xHubSignature256(number.appSecret(), delivery.body()));
        assertThat(delivery.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void aRawMessageObject_isCompletedWithFromIdAndTimestamp() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);

        new JsonHttp(Simulator.baseUrl())
                .post(
                        "/simulator/whatsapp/numbers/" + number.phoneNumberId() + "/inbound",
                        Fixtures.text("fixtures/whatsapp/customer-image-message.json"),
                        Map.of())
                .expect(200);

        JsonNode message = captures.posts(webhook).getFirst().json().at("/entry/0/changes/0/value/messages/0");
        assertThat(message.get("from").asText()).isEqualTo("393331234567");
        assertThat(message.get("id").asText()).startsWith("wamid.");
        assertThat(message.get("type").asText()).isEqualTo("image");
        assertThat(message.at("/image/id").asText()).isEqualTo("1003383421387256");
        assertThat(message.at("/image/mime_type").asText()).isEqualTo("image/jpeg");
    }

    @Test
    void withoutASubscribedWebhook_aCustomerMessageIs409() {
        WhatsAppNumber number = Simulator.newNumber();

        JsonHttp.Answer answer = new JsonHttp(Simulator.baseUrl())
                .post(
                        "/simulator/whatsapp/numbers/" + number.phoneNumberId() + "/inbound",
                        Map.of("from", "393331234567", "name", "Giulia", "text", "hi"),
                        Map.of());

        assertThat(answer.status()).isEqualTo(409);
    }

    @Test
    void aWebhookThatFails_isReportedWithItsStatus_andNotRetried() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = Simulator.subscribedWebhook(captures, number);
        captures.answerNext(webhook, 503);

        JsonNode answer =
                Simulator.client().whatsAppCustomerWrites(number.phoneNumberId(), "393331234567", "Giulia", "hi");

        assertThat(answer.get("status").asInt()).isEqualTo(503);
        assertThat(captures.posts(webhook)).hasSize(1);
    }

    @Test
    void deliveries_areListedWithKindAndStatus() {
        WhatsAppNumber number = Simulator.newNumber();
        Simulator.subscribedWebhook(captures, number);

        Simulator.client().whatsAppCustomerWrites(number.phoneNumberId(), "393331234567", "Giulia", "hi");

        JsonNode deliveries = new JsonHttp(Simulator.baseUrl())
                .get("/simulator/whatsapp/numbers/" + number.phoneNumberId() + "/webhook-deliveries", Map.of())
                .expect(200)
                .json();
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).get("kind").asText()).isEqualTo("message");
        assertThat(deliveries.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(deliveries.get(0).get("at").asText()).isNotBlank();
    }
}
