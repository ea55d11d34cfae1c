package io.switchboard.testsupport.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a business and its operator do with Switchboard, over the public HTTP APIs only. */
public final class SuiteClient {

    private final JsonHttp gateway;
    private final JsonHttp whatsapp;
    private final JsonHttp telegram;
    private final JsonHttp catalog;
    private final String operatorToken;

    public SuiteClient(Suite suite) {
        this(
                suite.url(Suite.GATEWAY),
                suite.url(Suite.WHATSAPP),
                suite.url(Suite.TELEGRAM),
                suite.url(Suite.CATALOG),
                suite.operatorToken());
    }

    public SuiteClient(
            String gatewayUrl, String whatsappUrl, String telegramUrl, String catalogUrl, String operatorToken) {
        this.gateway = new JsonHttp(gatewayUrl);
        this.whatsapp = new JsonHttp(whatsappUrl);
        this.telegram = new JsonHttp(telegramUrl);
        this.catalog = new JsonHttp(catalogUrl);
        this.operatorToken = operatorToken;
    }

    /** Creates the tenant; an existing one (409) is fine, so the local run can load its demo again. */
    public void ensureTenant(String id, String name) {
        JsonHttp.Answer answer =
                gateway.post("/api/v1/tenants", Map.of("id", id, "name", name), JsonHttp.bearer(operatorToken));
        if (answer.status() != 201 && answer.status() != 409) {
            answer.expect(201);
        }
    }

    public String issueToken(String tenantId, String subject, List<String> roles) {
        return gateway.post(
                        "/api/v1/tenants/" + tenantId + "/tokens",
                        Map.of("subject", subject, "roles", roles),
                        JsonHttp.bearer(operatorToken))
                .expect(201)
                .json()
                .get("token")
                .asText();
    }

    /** Changes a WhatsApp channel ({@code PATCH}: any of accessToken, appSecret, verifyToken, messagesPerSecond, ...). */
    public JsonHttp.Answer updateWhatsApp(String token, String channelId, Map<String, Object> changes) {
        return whatsapp.patch("/api/v1/channels/whatsapp/" + channelId, changes, JsonHttp.bearer(token));
    }

    /** Registers a WhatsApp number; answers the channel as the adapter shows it (never a secret). */
    public JsonHttp.Answer registerWhatsApp(String token, WhatsAppNumber number, String verifyToken) {
        return whatsapp.post(
                "/api/v1/channels/whatsapp",
                Map.of(
                        "phoneNumberId", number.phoneNumberId(),
                        "wabaId", number.wabaId(),
                        "accessToken", number.accessToken(),
                        "appSecret", number.appSecret(),
                        "verifyToken", verifyToken),
                JsonHttp.bearer(token));
    }

    public List<JsonNode> whatsAppChannels(String token) {
        return list(whatsapp.get("/api/v1/channels/whatsapp", JsonHttp.bearer(token))
                .expect(200)
                .json());
    }

    /** Registers a bot in {@code WEBHOOK} (with the adapter's public URL) or {@code POLLING} mode. */
    public JsonHttp.Answer registerTelegram(String token, TelegramBot bot, String mode, String publicBaseUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("botToken", bot.token());
        body.put("mode", mode);
        if (publicBaseUrl != null) {
            body.put("publicBaseUrl", publicBaseUrl);
        }
        return telegram.post("/api/v1/channels/telegram", body, JsonHttp.bearer(token));
    }

    public List<JsonNode> telegramChannels(String token) {
        return list(telegram.get("/api/v1/channels/telegram", JsonHttp.bearer(token))
                .expect(200)
                .json());
    }

    public JsonNode addKeywordRule(String token, String name, List<String> keywords, String reply) {
        return gateway.post(
                        "/api/v1/rules",
                        Map.of(
                                "name", name,
                                "trigger", Map.of("type", "KEYWORDS", "keywords", keywords),
                                "action", Map.of("type", "REPLY", "text", reply)),
                        JsonHttp.bearer(token))
                .expect(201)
                .json();
    }

    public List<JsonNode> rules(String token) {
        return list(
                gateway.get("/api/v1/rules", JsonHttp.bearer(token)).expect(200).json());
    }

    public JsonNode importCatalog(String token, List<Map<String, Object>> items) {
        return catalog.post("/api/v1/catalog/import", items, JsonHttp.bearer(token))
                .expect(200)
                .json();
    }

    public List<JsonNode> conversations(String token) {
        return list(gateway.get("/api/v1/conversations", JsonHttp.bearer(token))
                .expect(200)
                .json());
    }

    public List<JsonNode> messages(String token, String conversationId) {
        return list(gateway.get("/api/v1/conversations/" + conversationId + "/messages", JsonHttp.bearer(token))
                .expect(200)
                .json());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
