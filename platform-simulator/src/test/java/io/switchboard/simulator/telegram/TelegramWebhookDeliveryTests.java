package io.switchboard.simulator.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.CapturedRequest;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.simulator.support.WebhookCaptures;
import io.switchboard.testsupport.simulator.TelegramBot;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Updates pushed to a bot's webhook: with the secret token header, in order, retried with backoff while the webhook
 * refuses them (the test profile shortens the backoff and allows 4 attempts).
 */
@QuarkusTest
class TelegramWebhookDeliveryTests {

    private static final long USER = 5550001L;
    private static final String SECRET = "s3cret_Token-1";

    @Inject
    WebhookCaptures captures;

    @Test
    void anUpdate_isPostedToTheWebhookWithTheSecretTokenHeader() {
        TelegramBot bot = Simulator.newBot();
        String webhook = webhookFor(bot, SECRET);

        JsonNode outcome = Simulator.client().telegramUserWrites(bot.id(), USER, "Giulia", "Hi!");

        assertThat(outcome.get("delivery").asText()).isEqualTo("webhook");
        assertThat(outcome.get("status").asInt()).isEqualTo(200);
        CapturedRequest push = captures.posts(webhook).getFirst();
        assertThat(push.header("X-Telegram-Bot-Api-Secret-Token")).isEqualTo(SECRET);
        assertThat(push.header("Content-Type")).isEqualTo("application/json");
        assertThat(push.json().get("update_id").asLong())
                .isEqualTo(outcome.get("updateId").asLong());
        assertThat(push.json().at("/message/text").asText()).isEqualTo("Hi!");
        BotCalls.call(bot, "getWebhookInfo").body("result.pending_update_count", equalTo(0));
    }

    @Test
    void withoutASecretToken_noSecretHeaderIsSent() {
        TelegramBot bot = Simulator.newBot();
        String webhook = webhookFor(bot, null);

        Simulator.client().telegramUserWrites(bot.id(), USER, "Giulia", "Hi!");

        assertThat(captures.posts(webhook).getFirst().header("X-Telegram-Bot-Api-Secret-Token"))
                .isNull();
    }

    @Test
    void aRefusedUpdate_staysPendingWithTheError_andIsRetriedUntilAccepted() {
        TelegramBot bot = Simulator.newBot();
        String webhook = webhookFor(bot, SECRET);
        captures.answerNext(webhook, 401, 500);

        JsonNode outcome = Simulator.client().telegramUserWrites(bot.id(), USER, "Giulia", "Hi!");

        assertThat(outcome.get("status").asInt()).isEqualTo(401);
        JsonNode info = BotCalls.call(bot, "getWebhookInfo").extract().as(JsonNode.class);
        assertThat(info.at("/result/pending_update_count").asInt()).isEqualTo(1);
        assertThat(info.at("/result/last_error_message").asText())
                .isEqualTo("Wrong response from the webhook: 401 Unauthorized");
        assertThat(info.at("/result/last_error_date").asLong()).isPositive();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 3);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Simulator.client()
                                .telegramBot(bot.id())
                                .get("pendingUpdateCount")
                                .asInt()
                        == 0);
        assertThat(captures.posts(webhook))
                .extracting(push -> push.json().get("update_id").asLong())
                .containsOnly(outcome.get("updateId").asLong());
    }

    @Test
    void updatesBehindARefusedOne_waitForIt_andArriveInOrder() {
        TelegramBot bot = Simulator.newBot();
        String webhook = webhookFor(bot, SECRET);
        captures.answerNext(webhook, 500);

        JsonNode first = Simulator.client().telegramUserWrites(bot.id(), USER, "Giulia", "one");
        JsonNode second = Simulator.client().telegramUserWrites(bot.id(), USER, "Giulia", "two");

        assertThat(second.get("status").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 3);
        assertThat(captures.posts(webhook))
                .extracting(push -> push.json().get("update_id").asLong())
                .containsExactly(
                        first.get("updateId").asLong(),
                        first.get("updateId").asLong(),
                        second.get("updateId").asLong());
    }

    @Test
    void anUpdateRefusedOnEveryAttempt_isGivenUpAfterTheLastOne() {
        TelegramBot bot = Simulator.newBot();
        String webhook = webhookFor(bot, SECRET);
        captures.answerAlways(webhook, 500);

        Simulator.client().telegramUserWrites(bot.id(), USER, "Giulia", "Hi!");

        await().atMost(Duration.ofSeconds(5))
                .until(() -> Simulator.client()
                                .telegramBot(bot.id())
                                .get("pendingUpdateCount")
                                .asInt()
                        == 0);
        assertThat(captures.posts(webhook)).hasSize(4);
        assertThat(Simulator.client()
                        .telegramBot(bot.id())
                        .get("lastErrorMessage")
                        .asText())
                .isEqualTo("Wrong response from the webhook: 500 Internal Server Error");
    }

    @Test
    void updatesQueuedBeforeTheWebhookWasSet_arePushedOnceItIs() {
        TelegramBot bot = Simulator.newBot();
        JsonNode queued = Simulator.client().telegramUserWrites(bot.id(), USER, "Giulia", "while polling");
        assertThat(queued.get("delivery").asText()).isEqualTo("queued");

        String webhook = webhookFor(bot, SECRET);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 1);
        assertThat(captures.posts(webhook).getFirst().json().get("update_id").asLong())
                .isEqualTo(queued.get("updateId").asLong());
    }

    private String webhookFor(TelegramBot bot, String secretToken) {
        String webhook = captures.newWebhook();
        Map<String, Object> parameters = secretToken == null
                ? Map.of("url", Simulator.webhookUrl(webhook))
                : Map.of("url", Simulator.webhookUrl(webhook), "secret_token", secretToken);
        BotCalls.call(bot, "setWebhook", parameters).statusCode(200);
        return webhook;
    }
}
