package io.switchboard.simulator.telegram;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Membership changes: {@code my_chat_member} for the bot, {@code chat_member} for others (to administrators only). */
@QuarkusTest
class MembershipTests {

    private static final long GROUP = -4000000001L;
    private static final long CHANNEL = -1009876543210L;

    @Test
    void theBotAddedToAGroup_getsMyChatMember_fromLeftToMember() {
        TelegramBot bot = Simulator.newBot();

        JsonNode outcome = change(bot, GROUP, Map.of("chatType", "group", "chatTitle", "Clienti", "status", "member"));

        assertThat(outcome.get("delivery").asText()).isEqualTo("queued");
        JsonPath updates = BotCalls.call(bot, "getUpdates", Map.of())
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(updates.getList("result")).hasSize(1);
        assertThat(updates.getLong("result[0].my_chat_member.chat.id")).isEqualTo(GROUP);
        assertThat(updates.getString("result[0].my_chat_member.chat.title")).isEqualTo("Clienti");
        assertThat(updates.getLong("result[0].my_chat_member.from.id")).isEqualTo(5550000L);
        assertThat(updates.getString("result[0].my_chat_member.old_chat_member.status"))
                .isEqualTo("left");
        assertThat(updates.getString("result[0].my_chat_member.new_chat_member.status"))
                .isEqualTo("member");
        assertThat(updates.getLong("result[0].my_chat_member.new_chat_member.user.id"))
                .isEqualTo(bot.id());
        assertThat(updates.getBoolean("result[0].my_chat_member.new_chat_member.user.is_bot"))
                .isTrue();
    }

    @Test
    void thePromotedBot_isAnAdministratorWithItsRights_afterBeingAMember() {
        TelegramBot bot = Simulator.newBot();
        change(bot, GROUP, Map.of("chatType", "group", "status", "member"));

        change(bot, GROUP, Map.of("status", "administrator"));

        JsonPath updates = BotCalls.call(bot, "getUpdates", Map.of())
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(updates.getString("result[1].my_chat_member.old_chat_member.status"))
                .isEqualTo("member");
        assertThat(updates.getString("result[1].my_chat_member.new_chat_member.status"))
                .isEqualTo("administrator");
        assertThat(updates.getBoolean("result[1].my_chat_member.new_chat_member.can_manage_chat"))
                .isTrue();
    }

    @Test
    void aBotKickedFromAGroup_cannotSendThereAnyMore() {
        TelegramBot bot = Simulator.newBot();
        change(bot, GROUP, Map.of("chatType", "group", "status", "member"));
        change(bot, GROUP, Map.of("status", "kicked"));

        send(bot, GROUP).statusCode(403).body("description", equalTo("Forbidden: bot was kicked from the group chat"));
    }

    @Test
    void aBotThatLeftASupergroup_isNotAMemberAnyMore() {
        TelegramBot bot = Simulator.newBot();
        change(bot, CHANNEL - 1, Map.of("chatType", "supergroup", "status", "left", "oldStatus", "member"));

        send(bot, CHANNEL - 1)
                .statusCode(403)
                .body("description", equalTo("Forbidden: bot is not a member of the supergroup chat"));
    }

    @Test
    void aBotThatIsOnlyAMemberOfAChannel_cannotPostThere_butAnAdministratorCan() {
        TelegramBot bot = Simulator.newBot();
        change(bot, CHANNEL, Map.of("chatType", "channel", "status", "member"));

        send(bot, CHANNEL)
                .statusCode(400)
                .body("description", equalTo("Bad Request: need administrator rights in the channel chat"));

        change(bot, CHANNEL, Map.of("status", "administrator"));
        send(bot, CHANNEL).statusCode(200);
    }

    @Test
    void aUserBlockingTheBotInPrivate_makesSendsForbidden() {
        TelegramBot bot = Simulator.newBot();
        Simulator.client().telegramUserWrites(bot.id(), 5550001L, "Giulia", "/start");

        change(bot, 5550001L, Map.of("status", "kicked", "fromId", 5550001L, "fromFirstName", "Giulia"));

        send(bot, 5550001L).statusCode(403).body("description", equalTo("Forbidden: bot was blocked by the user"));
    }

    @Test
    void anotherUserJoining_isDropped_whenTheBotDoesNotAdministerTheGroup() {
        TelegramBot bot = Simulator.newBot();
        change(bot, GROUP, Map.of("chatType", "group", "status", "member"));

        JsonNode outcome = change(bot, GROUP, user(5550002L, "member"));

        assertThat(outcome.get("delivery").asText()).isEqualTo("dropped");
    }

    @Test
    void anotherUserJoining_isAChatMemberUpdate_forAnAdministratorThatAskedForIt() {
        TelegramBot bot = Simulator.newBot();
        BotCalls.call(bot, "getUpdates", Map.of("allowed_updates", List.of("message", "my_chat_member", "chat_member")))
                .statusCode(200);
        change(bot, GROUP, Map.of("chatType", "group", "status", "administrator"));

        JsonNode outcome = change(bot, GROUP, user(5550002L, "member"));

        assertThat(outcome.get("delivery").asText()).isEqualTo("queued");
        JsonPath updates = BotCalls.call(bot, "getUpdates", Map.of())
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(updates.getLong("result[1].chat_member.new_chat_member.user.id"))
                .isEqualTo(5550002L);
        assertThat(updates.getString("result[1].chat_member.new_chat_member.user.first_name"))
                .isEqualTo("Marco");
        assertThat(updates.getString("result[1].chat_member.old_chat_member.status"))
                .isEqualTo("left");
    }

    @Test
    void anUnknownChatWithoutItsType_isRefused() {
        TelegramBot bot = Simulator.newBot();

        JsonHttp.Answer answer = new JsonHttp(Simulator.baseUrl())
                .post(
                        "/simulator/telegram/bots/" + bot.id() + "/chats/" + GROUP + "/members",
                        Map.of("status", "member"),
                        Map.of());

        assertThat(answer.status()).isEqualTo(400);
    }

    private static Map<String, Object> user(long userId, String status) {
        Map<String, Object> change = new HashMap<>();
        change.put("userId", userId);
        change.put("firstName", "Marco");
        change.put("status", status);
        return change;
    }

    private static JsonNode change(TelegramBot bot, long chatId, Map<String, Object> change) {
        return new JsonHttp(Simulator.baseUrl())
                .post("/simulator/telegram/bots/" + bot.id() + "/chats/" + chatId + "/members", change, Map.of())
                .expect(200)
                .json();
    }

    private static ValidatableResponse send(TelegramBot bot, long chatId) {
        return BotCalls.call(bot, "sendMessage", Map.of("chat_id", chatId, "text", "Hello"));
    }
}
