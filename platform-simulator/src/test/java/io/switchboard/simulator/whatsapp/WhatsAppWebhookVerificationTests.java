package io.switchboard.simulator.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.CapturedRequest;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.simulator.support.WebhookCaptures;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Subscribing a webhook runs Meta's GET verification handshake first, and subscribes only if it passes. */
@QuarkusTest
class WhatsAppWebhookVerificationTests {

    @Inject
    WebhookCaptures captures;

    @Test
    void aWebhookThatEchoesTheChallenge_isSubscribed() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = captures.newWebhook();

        JsonHttp.Answer answer = Simulator.client()
                .subscribeWhatsAppWebhook(
                        number.phoneNumberId(), Simulator.webhookUrl(webhook), WebhookCaptures.DEFAULT_VERIFY_TOKEN);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("verified").asBoolean()).isTrue();
        assertThat(answer.json().get("url").asText()).isEqualTo(Simulator.webhookUrl(webhook));
        assertThat(new JsonHttp(Simulator.baseUrl())
                        .get("/simulator/whatsapp/numbers/" + number.phoneNumberId(), Map.of())
                        .json()
                        .get("webhookUrl")
                        .asText())
                .isEqualTo(Simulator.webhookUrl(webhook));
    }

    @Test
    void theHandshakeIsAGetWithModeVerifyTokenAndChallenge() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = captures.newWebhook();

        Simulator.client().subscribeWhatsAppWebhook(number.phoneNumberId(), Simulator.webhookUrl(webhook), "verify-me");

        CapturedRequest handshake = captures.gets(webhook).getFirst();
        assertThat(handshake.query())
                .startsWith("hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=")
                .matches(".*hub\\.challenge=\\d+$");
    }

    @Test
    void aWebhookThatRefusesTheVerifyToken_isNotSubscribed_and422SaysWhatItAnswered() {
        WhatsAppNumber number = Simulator.newNumber();
        String webhook = captures.newWebhook();

        JsonHttp.Answer answer = Simulator.client()
                .subscribeWhatsAppWebhook(number.phoneNumberId(), Simulator.webhookUrl(webhook), "wrong-token");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("verified").asBoolean()).isFalse();
        assertThat(answer.json().get("status").asInt()).isEqualTo(403);
        assertThat(answer.json().get("body").asText()).isEqualTo("wrong verify token");
        assertThat(new JsonHttp(Simulator.baseUrl())
                        .post(
                                "/simulator/whatsapp/numbers/" + number.phoneNumberId() + "/inbound",
                                Map.of("from", "393331234567", "name", "Giulia", "text", "hi"),
                                Map.of())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void anUnreachableWebhook_isNotSubscribed() {
        WhatsAppNumber number = Simulator.newNumber();

        JsonHttp.Answer answer = Simulator.client()
                .subscribeWhatsAppWebhook(number.phoneNumberId(), "http://127.0.0.1:9/webhooks/whatsapp/x", "token");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("verified").asBoolean()).isFalse();
        assertThat(answer.json().get("status").isNull()).isTrue();
        assertThat(answer.json().get("error").asText()).isEqualTo("Connection refused");
    }
}
