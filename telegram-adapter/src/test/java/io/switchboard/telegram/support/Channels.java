package io.switchboard.telegram.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.SharedSimulator;
import io.switchboard.testsupport.simulator.SimulatorClient;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Registers bots the way a tenant admin does, against the simulated Bot API. */
public final class Channels {

    public static final String API = "/api/v1/channels/telegram";

    private Channels() {}

    public static SimulatorClient simulator() {
        return SharedSimulator.client();
    }

    public static String newTenant() {
        return "t-" + UUID.randomUUID();
    }

    /** A bot the simulated Bot API knows, with privacy mode on (it cannot read all group messages). */
    public static TelegramBot newBot() {
        TelegramBot bot = unknownBot();
        simulator().addTelegramBot(bot);
        return bot;
    }

    /**
     * A bot with a fresh, well-formed token (35 characters after the bot id, as BotFather issues) that the simulated
     * Bot API does not know yet. ({@code TelegramBot.sample} cuts 33 characters from a 32-character string.)
     */
    public static TelegramBot unknownBot() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String secret = "AA"
                + (UUID.randomUUID().toString() + UUID.randomUUID())
                        .replace("-", "")
                        .substring(0, 33);
        String username = "studio_" + UUID.randomUUID().toString().substring(0, 8) + "_bot";
        return new TelegramBot(id + ":" + secret, username, "Studio Rossi", true, false);
    }

    public static Response register(String tenant, TelegramBot bot, String mode, String publicBaseUrl) {
        Map<String, Object> body = new HashMap<>();
        body.put("botToken", bot.token());
        body.put("mode", mode);
        if (publicBaseUrl != null) {
            body.put("publicBaseUrl", publicBaseUrl);
        }
        return given().auth()
                .oauth2(TestTokens.admin(tenant))
                .contentType(ContentType.JSON)
                .body(body)
                .post(API);
    }

    /** Registers in WEBHOOK mode with this test application as the public base URL; returns the channel id. */
    public static String registerWebhook(String tenant, TelegramBot bot, String publicBaseUrl) {
        return register(tenant, bot, "WEBHOOK", publicBaseUrl)
                .then()
                .statusCode(201)
                .extract()
                .path("channelId");
    }

    public static String registerPolling(String tenant, TelegramBot bot) {
        return register(tenant, bot, "POLLING", null)
                .then()
                .statusCode(201)
                .extract()
                .path("channelId");
    }

    public static String conversationKey(String tenant, String channelId, long chatId) {
        return tenant + ":" + channelId + ":" + chatId;
    }
}
