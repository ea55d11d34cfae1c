package io.switchboard.simulator.telegram;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A group upgraded to a supergroup: the service messages, and the old id refused with {@code migrate_to_chat_id}. */
@QuarkusTest
class GroupMigrationTests {

    private static final long GROUP = -4000000001L;
    private static final long SUPERGROUP = -1001234567890L;

    @Test
    void anUpgrade_emitsMigrateToInTheOldChat_thenMigrateFromInTheNewOne() {
        TelegramBot bot = botInGroup();

        migrate(bot, GROUP, SUPERGROUP).expect(200);

        JsonPath updates = BotCalls.call(bot, "getUpdates", Map.of())
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(updates.getLong("result[1].message.chat.id")).isEqualTo(GROUP);
        assertThat(updates.getString("result[1].message.chat.type")).isEqualTo("group");
        assertThat(updates.getLong("result[1].message.migrate_to_chat_id")).isEqualTo(SUPERGROUP);
        assertThat(updates.getLong("result[2].message.chat.id")).isEqualTo(SUPERGROUP);
        assertThat(updates.getString("result[2].message.chat.type")).isEqualTo("supergroup");
        assertThat(updates.getString("result[2].message.chat.title")).isEqualTo("Clienti Studio Rossi");
        assertThat(updates.getLong("result[2].message.migrate_from_chat_id")).isEqualTo(GROUP);
    }

    @Test
    void theAnswer_tellsWhatBecameOfBothUpdates() {
        TelegramBot bot = botInGroup();

        JsonNode outcome = migrate(bot, GROUP, SUPERGROUP).expect(200).json();

        assertThat(outcome.get("oldChatId").asLong()).isEqualTo(GROUP);
        assertThat(outcome.get("newChatId").asLong()).isEqualTo(SUPERGROUP);
        assertThat(outcome.get("updates")).hasSize(2);
        assertThat(outcome.at("/updates/0/delivery").asText()).isEqualTo("queued");
    }

    @Test
    void aSendToTheOldGroup_isRefusedWithTheSupergroupsId() {
        TelegramBot bot = botInGroup();
        migrate(bot, GROUP, SUPERGROUP).expect(200);

        send(bot, GROUP)
                .statusCode(400)
                .body("description", equalTo("Bad Request: group chat was upgraded to a supergroup chat"))
                .body("parameters.migrate_to_chat_id", equalTo(SUPERGROUP));
    }

    @Test
    void aSendToTheSupergroup_goesThrough() {
        TelegramBot bot = botInGroup();
        migrate(bot, GROUP, SUPERGROUP).expect(200);

        send(bot, SUPERGROUP).statusCode(200).body("result.chat.type", equalTo("supergroup"));
    }

    @Test
    void onlyAGroup_canBeUpgraded_andOnlyOnce() {
        TelegramBot bot = botInGroup();
        Simulator.client().telegramUserWrites(bot.id(), 5550001L, "Giulia", "Hi");

        migrate(bot, 5550001L, SUPERGROUP).expect(409);
        migrate(bot, GROUP, SUPERGROUP).expect(200);
        migrate(bot, GROUP, SUPERGROUP - 1).expect(409);
    }

    @Test
    void aNewIdOutsideTheSupergroupRange_isRefused() {
        TelegramBot bot = botInGroup();

        given().contentType("application/json")
                .body(Map.of("newChatId", -4000000002L))
                .post("/simulator/telegram/bots/{bot}/chats/{chat}/migrate", bot.id(), GROUP)
                .then()
                .statusCode(400);
    }

    private static TelegramBot botInGroup() {
        TelegramBot bot = Simulator.newBot();
        new JsonHttp(Simulator.baseUrl())
                .post(
                        "/simulator/telegram/bots/" + bot.id() + "/inbound",
                        Map.of(
                                "chatId", GROUP,
                                "chatType", "group",
                                "chatTitle", "Clienti Studio Rossi",
                                "fromId", 5550001L,
                                "firstName", "Giulia",
                                "text", "Ciao a tutti"),
                        Map.of())
                .expect(200);
        return bot;
    }

    private static JsonHttp.Answer migrate(TelegramBot bot, long chatId, long newChatId) {
        return new JsonHttp(Simulator.baseUrl())
                .post(
                        "/simulator/telegram/bots/" + bot.id() + "/chats/" + chatId + "/migrate",
                        Map.of("newChatId", newChatId, "fromId", 5550001L, "firstName", "Giulia"),
                        Map.of());
    }

    private static ValidatableResponse send(TelegramBot bot, long chatId) {
        return BotCalls.call(bot, "sendMessage", Map.of("chat_id", chatId, "text", "Benvenuti"));
    }
}
