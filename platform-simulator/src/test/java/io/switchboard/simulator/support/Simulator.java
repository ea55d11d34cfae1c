package io.switchboard.simulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.SimulatorClient;
import io.switchboard.testsupport.simulator.TelegramBot;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The simulator under test, driven through the shared {@link SimulatorClient} that other modules use. */
public final class Simulator {

    private Simulator() {}

    public static String baseUrl() {
        return "http://localhost:" + RestAssured.port;
    }

    public static SimulatorClient client() {
        return new SimulatorClient(baseUrl());
    }

    /** The URL of a test webhook in this application (see {@link WebhookCaptureResource}). */
    public static String webhookUrl(String name) {
        return baseUrl() + "/test-webhooks/" + name;
    }

    /** A fresh number the Graph API knows. */
    public static WhatsAppNumber newNumber() {
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Rossi");
        client().addWhatsAppNumber(number);
        return number;
    }

    /** A fresh number registered with extra options (statusProgression, undeliverableRecipients, ...). */
    public static WhatsAppNumber newNumber(Map<String, Object> options) {
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Rossi");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phoneNumberId", number.phoneNumberId());
        body.put("wabaId", number.wabaId());
        body.put("displayPhoneNumber", number.displayPhoneNumber());
        body.put("verifiedName", number.verifiedName());
        body.put("accessToken", number.accessToken());
        body.put("appSecret", number.appSecret());
        body.putAll(options);
        new JsonHttp(baseUrl())
                .post("/simulator/whatsapp/numbers", body, Map.of())
                .expect(201);
        return number;
    }

    /** A fresh number subscribed to a fresh test webhook, whose name is returned. */
    public static String subscribedWebhook(WebhookCaptures captures, WhatsAppNumber number) {
        String webhook = captures.newWebhook();
        client().subscribeWhatsAppWebhook(
                        number.phoneNumberId(), webhookUrl(webhook), WebhookCaptures.DEFAULT_VERIFY_TOKEN)
                .expect(200);
        return webhook;
    }

    /** Changes a number's rate limits ({@code enforced}, {@code throughputPerSecond}, {@code pairBurst}, ...). */
    public static JsonNode limits(WhatsAppNumber number, Map<String, Object> limits) {
        return new JsonHttp(baseUrl())
                .put("/simulator/whatsapp/numbers/" + number.phoneNumberId() + "/limits", limits, Map.of())
                .expect(200)
                .json();
    }

    /** Changes a bot's flood limits ({@code enforced}, {@code chatBurst}, {@code groupPerMinute}, ...). */
    public static JsonNode limits(TelegramBot bot, Map<String, Object> limits) {
        return new JsonHttp(baseUrl())
                .put("/simulator/telegram/bots/" + bot.id() + "/limits", limits, Map.of())
                .expect(200)
                .json();
    }

    /** A fresh bot the Bot API knows. */
    public static TelegramBot newBot() {
        TelegramBot bot = sampleBot();
        client().addTelegramBot(bot);
        return bot;
    }

    /**
     * A bot with a fresh, well-formed token, not yet registered. ({@code TelegramBot.sample} in test-support cuts 33
     * characters from a 32-character string and always fails; until it is fixed, this stands in for it.)
     */
    public static TelegramBot sampleBot() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String secret = "AA"
                + (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "").substring(0, 33);
        return new TelegramBot(id + ":" + secret, "rossi_bot", "Studio Rossi", true, false);
    }
}
