package io.switchboard.simulator.telegram;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /simulator/telegram/bots}: registering bots, reading their state, and users writing to them. */
@QuarkusTest
class TelegramControlTests {

    @Test
    void aRegisteredBot_isShownWithItsIdFromTheToken() {
        TelegramBot bot = Simulator.sampleBot();

        JsonNode registered = Simulator.client().addTelegramBot(bot);

        assertThat(registered.get("id").asLong()).isEqualTo(bot.id());
        assertThat(registered.get("username").asText()).isEqualTo("rossi_bot");
        assertThat(registered.get("webhookUrl").isNull()).isTrue();
        assertThat(registered.get("hasSecretToken").asBoolean()).isFalse();
        assertThat(registered.get("pendingUpdateCount").asInt()).isZero();
    }

    @Test
    void aMalformedToken_isRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("token", "not-a-token", "username", "x_bot", "firstName", "X"))
                .post("/simulator/telegram/bots")
                .then()
                .statusCode(400);
    }

    @Test
    void anUnknownBot_is404() {
        given().get("/simulator/telegram/bots/{id}", 42).then().statusCode(404);
    }

    @Test
    void aUsersText_isQueuedAsAMessageUpdate_andCounted() {
        TelegramBot bot = Simulator.newBot();

        JsonNode outcome = Simulator.client().telegramUserWrites(bot.id(), 5550001L, "Giulia", "Hi!");

        assertThat(outcome.get("delivery").asText()).isEqualTo("queued");
        assertThat(outcome.get("status").isNull()).isTrue();
        assertThat(Simulator.client()
                        .telegramBot(bot.id())
                        .get("pendingUpdateCount")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aCommand_carriesABotCommandEntity() {
        TelegramBot bot = Simulator.newBot();
        Simulator.client().telegramUserWrites(bot.id(), 5550001L, "Giulia", "/start promo");

        JsonPath update = BotCalls.call(bot, "getUpdates").extract().jsonPath();

        assertThat(update.getString("result[0].message.entities[0].type")).isEqualTo("bot_command");
        assertThat(update.getInt("result[0].message.entities[0].length")).isEqualTo(6);
    }

    @Test
    void aGroupText_showsTheGroupAsTheChat() {
        TelegramBot bot = Simulator.newBot();
        new JsonHttp(Simulator.baseUrl())
                .post(
                        "/simulator/telegram/bots/" + bot.id() + "/inbound",
                        Map.of(
                                "chatId", -1001234567890L,
                                "chatType", "supergroup",
                                "chatTitle", "Studio Rossi clients",
                                "fromId", 5550001L,
                                "firstName", "Giulia",
                                "text", "Anyone free on Tuesday?"),
                        Map.of())
                .expect(200);

        BotCalls.call(bot, "getUpdates")
                .body("result[0].message.chat.type", equalTo("supergroup"))
                .body("result[0].message.chat.title", equalTo("Studio Rossi clients"))
                .body("result[0].message.from.first_name", equalTo("Giulia"));
    }

    @Test
    void aChannelText_arrivesAsAChannelPost() {
        TelegramBot bot = Simulator.newBot();
        new JsonHttp(Simulator.baseUrl())
                .post(
                        "/simulator/telegram/bots/" + bot.id() + "/inbound",
                        Map.of(
                                "chatId", -1009876543210L,
                                "chatType", "channel",
                                "chatTitle", "Studio Rossi news",
                                "text", "New opening hours"),
                        Map.of())
                .expect(200);

        BotCalls.call(bot, "getUpdates")
                .body("result[0].channel_post.chat.type", equalTo("channel"))
                .body("result[0].channel_post.sender_chat.title", equalTo("Studio Rossi news"));
    }

    @Test
    void aRawUpdate_isNumberedAndQueuedAsGiven() {
        TelegramBot bot = Simulator.newBot();
        JsonNode callback = JsonHttp.json(Fixtures.text("fixtures/telegram/callback-query-update.json"));

        JsonNode outcome = Simulator.client().telegramUpdate(bot.id(), callback);

        JsonPath update = BotCalls.call(bot, "getUpdates").extract().jsonPath();
        assertThat(update.getLong("result[0].update_id"))
                .isEqualTo(outcome.get("updateId").asLong());
        assertThat(update.getString("result[0].callback_query.data")).isEqualTo("slot:tuesday-10");
    }

    @Test
    void aReplyToAMessageFromARawUpdate_isAccepted() {
        TelegramBot bot = Simulator.newBot();
        Simulator.client()
                .telegramUpdate(bot.id(), JsonHttp.json(Fixtures.text("fixtures/telegram/callback-query-update.json")));

        BotCalls.call(
                        bot,
                        "sendMessage",
                        Map.of("chat_id", 5550001L, "text", "Booked!", "reply_parameters", Map.of("message_id", 7)))
                .statusCode(200)
                .body("result.message_id", equalTo(8));
    }
}
