package io.switchboard.simulator.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code setWebhook}, {@code getWebhookInfo}, {@code deleteWebhook}, and webhooks excluding {@code getUpdates}. */
@QuarkusTest
class BotWebhookSettingsTests {

    private static final String URL = "http://127.0.0.1:9/webhooks/telegram/ch-1";

    @Test
    void setWebhook_isConfirmed_andShowsInWebhookInfo() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "setWebhook", Map.of("url", URL, "secret_token", "s3cret_Token-1", "max_connections", 10))
                .statusCode(200)
                .body("ok", equalTo(true))
                .body("result", equalTo(true))
                .body("description", equalTo("Webhook was set"));

        BotCalls.call(bot, "getWebhookInfo")
                .statusCode(200)
                .body("result.url", equalTo(URL))
                .body("result.has_custom_certificate", equalTo(false))
                .body("result.pending_update_count", equalTo(0))
                .body("result.max_connections", equalTo(10));
    }

    @Test
    void theControlApi_tellsWhetherASecretTokenWasSet_withoutShowingIt() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "setWebhook", Map.of("url", URL, "secret_token", "s3cret_Token-1"));

        JsonNode view = Simulator.client().telegramBot(bot.id());
        assertThat(view.get("webhookUrl").asText()).isEqualTo(URL);
        assertThat(view.get("hasSecretToken").asBoolean()).isTrue();
        assertThat(view.toString()).doesNotContain("s3cret_Token-1");
    }

    @Test
    void aSecretTokenWithUnallowedCharacters_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "setWebhook", Map.of("url", URL, "secret_token", "not allowed!"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: secret token contains unallowed characters"));
    }

    @Test
    void aSecretTokenOver256Characters_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "setWebhook", Map.of("url", URL, "secret_token", "a".repeat(257)))
                .statusCode(400)
                .body("error_code", equalTo(400));
    }

    @Test
    void aUrlThatIsNotHttp_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "setWebhook", Map.of("url", "ftp://example.com/hook"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: bad webhook: An HTTPS URL must be provided for webhook"));
    }

    @Test
    void whileAWebhookIsSet_getUpdatesIs409() {
        TelegramBot bot = Simulator.newBot();
        BotCalls.call(bot, "setWebhook", Map.of("url", URL));

        BotCalls.call(bot, "getUpdates")
                .statusCode(409)
                .body("error_code", equalTo(409))
                .body(
                        "description",
                        equalTo("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to"
                                + " delete the webhook first"));
    }

    @Test
    void deleteWebhook_bringsGetUpdatesBack() {
        TelegramBot bot = Simulator.newBot();
        BotCalls.call(bot, "setWebhook", Map.of("url", URL));

        BotCalls.call(bot, "deleteWebhook", Map.of())
                .statusCode(200)
                .body("result", equalTo(true))
                .body("description", equalTo("Webhook was deleted"));

        BotCalls.call(bot, "getWebhookInfo").body("result.url", equalTo(""));
        BotCalls.call(bot, "getUpdates").statusCode(200).body("result", equalTo(List.of()));
    }

    @Test
    void deleteWebhookWithDropPendingUpdates_forgetsThem() {
        TelegramBot bot = Simulator.newBot();
        Simulator.client().telegramUserWrites(bot.id(), 5550001L, "Giulia", "Hi!");

        BotCalls.call(bot, "deleteWebhook", Map.of("drop_pending_updates", true))
                .statusCode(200);

        BotCalls.call(bot, "getWebhookInfo").body("result.pending_update_count", equalTo(0));
    }
}
