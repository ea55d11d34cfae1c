package io.switchboard.testsupport.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testsupport.http.JsonHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    /** The number as the simulator sees it: webhook, limits, violation counters. */
    public JsonNode whatsAppNumber(String phoneNumberId) {
        return http.get("/simulator/whatsapp/numbers/" + phoneNumberId, Map.of())
                .expect(200)
                .json();
    }

    /**
     * A customer sends any kind of message (a Graph webhook {@code messages[]} item without {@code from}, {@code id}
     * and {@code timestamp}, e.g. {@code {"type":"image","image":{...}}}), delivered signed to the webhook.
     */
    public JsonNode whatsAppCustomerSends(String phoneNumberId, String from, String name, JsonNode message) {
        return http.post(
                        "/simulator/whatsapp/numbers/" + phoneNumberId + "/inbound",
                        Map.of("from", from, "name", name, "message", message),
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

    /**
     * Sets a number's rate limits (any of {@code enforced}, {@code throughputPerSecond}, {@code pairBurst},
     * {@code pairIntervalSeconds}); the buckets start full again.
     */
    public JsonNode setWhatsAppLimits(String phoneNumberId, Map<String, Object> limits) {
        return http.put("/simulator/whatsapp/numbers/" + phoneNumberId + "/limits", limits, Map.of())
                .expect(200)
                .json();
    }

    /**
     * Sets a bot's flood limits (any of {@code enforced}, {@code chatPerSecond}, {@code chatBurst},
     * {@code groupPerMinute}, {@code botPerSecond}); the buckets start full again.
     */
    public JsonNode setTelegramLimits(long botId, Map<String, Object> limits) {
        return http.put("/simulator/telegram/bots/" + botId + "/limits", limits, Map.of())
                .expect(200)
                .json();
    }

    /** Makes the bot a member (or admin) of a chat, as Telegram would after someone added it. */
    public JsonNode telegramBotJoins(long botId, long chatId, String chatType, String title, String status) {
        return http.post(
                        "/simulator/telegram/bots/" + botId + "/chats/" + chatId + "/members",
                        Map.of("chatType", chatType, "chatTitle", title, "status", status),
                        Map.of())
                .expect(200)
                .json();
    }

    /** Upgrades a group to a supergroup, as Telegram does, with the service messages in both chats. */
    public JsonNode migrateTelegramGroup(long botId, long chatId, long newChatId) {
        return http.post(
                        "/simulator/telegram/bots/" + botId + "/chats/" + chatId + "/migrate",
                        Map.of("newChatId", newChatId),
                        Map.of())
                .expect(200)
                .json();
    }

    /** How often each of the number's limits refused a send ({@code throughput}, {@code pair}); 0 if never. */
    public long whatsAppViolations(String phoneNumberId, String kind) {
        return whatsAppNumber(phoneNumberId).path("violations").path(kind).asLong(0);
    }

    /** How often the bot's flood limits refused its sends ({@code chat}, {@code group} and {@code bot} together). */
    public long telegramViolations(long botId) {
        long total = 0;
        for (JsonNode count : telegramBot(botId).path("violations")) {
            total += count.asLong();
        }
        return total;
    }

    /** Stores a file as media of the number (as a customer's upload would be) and returns its media id. */
    public String addWhatsAppMedia(String phoneNumberId, byte[] bytes, String mimeType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        baseUrl() + "/simulator/whatsapp/numbers/" + phoneNumberId + "/media?fileName=upload"))
                .header("Content-Type", mimeType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("the simulator refused the media: " + response.body());
            }
            return JsonHttp.json(response.body()).path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Seeds an approved template in the number's WhatsApp Business Account (see the simulator's README). */
    public void addWhatsAppTemplate(String phoneNumberId, Map<String, Object> template) {
        http.post("/simulator/whatsapp/numbers/" + phoneNumberId + "/templates", template, Map.of())
                .expect(201);
    }

    /** Makes the next matching platform calls fail (see the simulator's README for the fields). */
    public JsonNode injectFault(Map<String, Object> fault) {
        return http.post("/simulator/faults", fault, Map.of()).expect(201).json();
    }

    /**
     * How often each limit refused a send: {@code {"whatsapp": {<number>: {"throughput", "pair"}}, "telegram":
     * {<bot>: {"chat", "group", "bot"}}}}.
     */
    public JsonNode limitViolations() {
        return http.get("/simulator/limits/violations", Map.of()).expect(200).json();
    }

    public void resetLimitViolations() {
        http.delete("/simulator/limits/violations", Map.of()).expect(204);
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
