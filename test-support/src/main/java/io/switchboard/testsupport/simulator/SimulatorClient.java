package io.switchboard.testsupport.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testsupport.http.JsonHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives the platform simulator's control API ({@code /simulator/**}): sets up the business phone numbers and bots the
 * platforms know, makes customers write, and reads back what Switchboard sent to the platforms.
 */
public final class SimulatorClient {

    private final JsonHttp http;

    public SimulatorClient(String baseUrl) {
        this.http = new JsonHttp(baseUrl);
    }

    public String baseUrl() {
        return http.baseUrl();
    }

    /** Makes the Graph API know a business phone number, with the credentials Meta would have issued for it. */
    public JsonNode addWhatsAppNumber(WhatsAppNumber number) {
        return http.post("/simulator/whatsapp/numbers", number, Map.of())
                .expect(201)
                .json();
    }

    /**
     * Configures the webhook URL of a number's app, as a business does in Meta's app dashboard: the simulator runs the
     * GET verification handshake against it first.
     *
     * @return the answer: 200 with {@code verified: true}, or 422 with what the webhook answered
     */
    public JsonHttp.Answer subscribeWhatsAppWebhook(String phoneNumberId, String url, String verifyToken) {
        return http.put(
                "/simulator/whatsapp/numbers/" + phoneNumberId + "/webhook",
                Map.of("url", url, "verifyToken", verifyToken),
                Map.of());
    }

    /**
     * A customer writes a text to the number: the simulator delivers a signed webhook and answers with the message's
     * {@code wamid} and the webhook's HTTP status.
     */
    public JsonNode whatsAppCustomerWrites(String phoneNumberId, String from, String name, String text) {
        return http.post(
                        "/simulator/whatsapp/numbers/" + phoneNumberId + "/inbound",
                        Map.of("from", from, "name", name, "text", text),
                        Map.of())
                .expect(200)
                .json();
    }

    /**
     * Delivers a webhook body exactly as given, signed with the number's app secret, or with a wrong signature when
     * {@code validSignature} is false.
     */
    public JsonNode deliverWhatsAppWebhook(String phoneNumberId, String body, boolean validSignature) {
        return http.post(
                        "/simulator/whatsapp/numbers/" + phoneNumberId + "/webhook-deliveries?signature="
                                + (validSignature ? "valid" : "invalid"),
                        body,
                        Map.of())
                .expect(200)
                .json();
    }

    /** Makes the Bot API know a bot, as BotFather would have created it. */
    public JsonNode addTelegramBot(TelegramBot bot) {
        return http.post("/simulator/telegram/bots", bot, Map.of()).expect(201).json();
    }

    /** The bot's state: webhook URL, pending updates, and so on. */
    public JsonNode telegramBot(long botId) {
        return http.get("/simulator/telegram/bots/" + botId, Map.of())
                .expect(200)
                .json();
    }

    /**
     * A user writes a text to the bot in a private chat: delivered to the webhook when one is set, queued for
     * {@code getUpdates} otherwise.
     */
    public JsonNode telegramUserWrites(long botId, long userId, String firstName, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("chatId", userId);
        message.put("chatType", "private");
        message.put("fromId", userId);
        message.put("firstName", firstName);
        message.put("languageCode", "it");
        message.put("text", text);
        return http.post("/simulator/telegram/bots/" + botId + "/inbound", message, Map.of())
                .expect(200)
                .json();
    }

    /** Delivers a raw Bot API {@code Update} (without {@code update_id}: the simulator numbers it). */
    public JsonNode telegramUpdate(long botId, JsonNode update) {
        return http.post("/simulator/telegram/bots/" + botId + "/inbound", Map.of("update", update), Map.of())
                .expect(200)
                .json();
    }

    /** Every platform API request the simulator received, oldest first. */
    public List<JsonNode> requests(String platform, String pathContains) {
        JsonNode all = http.get(
                        "/simulator/requests?platform=" + encode(platform) + "&pathContains=" + encode(pathContains),
                        Map.of())
                .expect(200)
                .json();
        List<JsonNode> requests = new ArrayList<>();
        all.forEach(requests::add);
        return requests;
    }

    /** Forgets recorded requests (numbers and bots stay). */
    public void clearRequests() {
        http.delete("/simulator/requests", Map.of()).expect(204);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
