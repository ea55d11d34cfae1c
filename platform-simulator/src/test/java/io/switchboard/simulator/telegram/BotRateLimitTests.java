package io.switchboard.simulator.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Bot API's flood limits: per chat, per group and per bot, answered 429 with {@code retry_after}. */
@QuarkusTest
class BotRateLimitTests {

    private static final long CHAT = 5550001L;
    private static final long GROUP = -4000000001L;

    @Test
    void aFourthMessageAtOnceInAChat_is429WithRetryAfter_andIsNotSent() {
        TelegramBot bot = Simulator.newBot();
        for (int send = 0; send < 3; send++) {
            send(bot, CHAT, "message " + send).statusCode(200);
        }

        send(bot, CHAT, "one too many")
                .statusCode(429)
                .body("ok", equalTo(false))
                .body("error_code", equalTo(429))
                .body("description", equalTo("Too Many Requests: retry after 1"))
                .body("parameters.retry_after", equalTo(1));

        Simulator.limits(bot, Map.of("enforced", false));
        int next = send(bot, CHAT, "after the wait").statusCode(200).extract().path("result.message_id");
        assertThat(next).as("the refused message took no id").isEqualTo(4);
    }

    @Test
    void aRefusal_isCountedAsAChatViolation_andRecordedWithItsStatus() {
        TelegramBot bot = Simulator.newBot();
        Simulator.limits(bot, Map.of("chatBurst", 1));
        send(bot, CHAT, "one").statusCode(200);
        send(bot, CHAT, "two").statusCode(429);

        JsonNode violations = Simulator.client().telegramBot(bot.id()).get("violations");

        assertThat(violations.get("chat").asLong()).isEqualTo(1);
        assertThat(violations.get("group").asLong()).isZero();
        assertThat(violations.get("bot").asLong()).isZero();
        assertThat(Simulator.client().requests("telegram", "/bot" + bot.id() + ":***/sendMessage"))
                .extracting(request -> request.get("status").asInt())
                .containsExactly(200, 429);
    }

    @Test
    void anotherChat_isNotHeldBackByAChatAtItsLimit() {
        TelegramBot bot = Simulator.newBot();
        Simulator.limits(bot, Map.of("chatBurst", 1));
        send(bot, CHAT, "one").statusCode(200);
        send(bot, CHAT, "two").statusCode(429);

        send(bot, CHAT + 1, "elsewhere").statusCode(200);
    }

    @Test
    void aGroupBeyondItsMessagesPerMinute_isRefused_withTheWaitForItsNextMessage() {
        TelegramBot bot = Simulator.newBot();
        Simulator.limits(bot, Map.of("groupPerMinute", 2, "chatBurst", 10));
        send(bot, GROUP, "one").statusCode(200);
        send(bot, GROUP, "two").statusCode(200);

        int retryAfter = send(bot, GROUP, "three").statusCode(429).extract().path("parameters.retry_after");

        assertThat(retryAfter).isBetween(29, 30);
        assertThat(Simulator.client()
                        .telegramBot(bot.id())
                        .at("/violations/group")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theBotBeyondItsMessagesPerSecond_isRefusedInAnyChat() {
        TelegramBot bot = Simulator.newBot();
        Simulator.limits(bot, Map.of("botPerSecond", 2));
        send(bot, 5550001L, "one").statusCode(200);
        send(bot, 5550002L, "two").statusCode(200);

        send(bot, 5550003L, "three").statusCode(429);

        assertThat(Simulator.client()
                        .telegramBot(bot.id())
                        .at("/violations/bot")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void anAlbum_countsEachItem() {
        TelegramBot bot = Simulator.newBot();
        List<Map<String, String>> album = List.of(
                Map.of("type", "photo", "media", "https://studio-rossi.it/1.jpg"),
                Map.of("type", "photo", "media", "https://studio-rossi.it/2.jpg"),
                Map.of("type", "photo", "media", "https://studio-rossi.it/3.jpg"),
                Map.of("type", "photo", "media", "https://studio-rossi.it/4.jpg"));

        BotCalls.call(bot, "sendMediaGroup", Map.of("chat_id", CHAT, "media", album))
                .statusCode(200);

        send(bot, CHAT, "after the album").statusCode(429).body("parameters.retry_after", equalTo(2));
    }

    @Test
    void editingAMessage_doesNotCount() {
        TelegramBot bot = Simulator.newBot();
        Simulator.limits(bot, Map.of("chatBurst", 1));
        int messageId = send(bot, CHAT, "version 0").statusCode(200).extract().path("result.message_id");

        for (int edit = 1; edit <= 3; edit++) {
            BotCalls.call(
                            bot,
                            "editMessageText",
                            Map.of("chat_id", CHAT, "message_id", messageId, "text", "version " + edit))
                    .statusCode(200);
        }
    }

    @Test
    void aNewBot_hasTelegramsDefaultLimits() {
        TelegramBot bot = Simulator.newBot();

        JsonNode limits = Simulator.client().telegramBot(bot.id()).get("limits");

        assertThat(limits.get("enforced").asBoolean()).isTrue();
        assertThat(limits.get("chatPerSecond").asInt()).isEqualTo(1);
        assertThat(limits.get("chatBurst").asInt()).isEqualTo(3);
        assertThat(limits.get("groupPerMinute").asInt()).isEqualTo(20);
        assertThat(limits.get("botPerSecond").asInt()).isEqualTo(30);
    }

    private static ValidatableResponse send(TelegramBot bot, long chat, String text) {
        return BotCalls.call(bot, "sendMessage", Map.of("chat_id", chat, "text", text));
    }
}
