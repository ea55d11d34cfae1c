package io.switchboard.simulator.telegram;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code deleteMessage}: a message present in the chat is deleted once; after that it is not found. */
@QuarkusTest
class BotDeleteMessageTests {

    private static final long CHAT = 5550001L;

    @Test
    void aSentMessage_isDeleted() {
        TelegramBot bot = Simulator.newBot();
        int id = BotEditMessageTests.sent(bot, Map.of("chat_id", CHAT, "text", "Oops"));

        BotCalls.call(bot, "deleteMessage", Map.of("chat_id", CHAT, "message_id", id))
                .statusCode(200)
                .body("result", equalTo(true));
    }

    @Test
    void aDeletedMessage_cannotBeDeletedAgain_norEdited() {
        TelegramBot bot = Simulator.newBot();
        int id = BotEditMessageTests.sent(bot, Map.of("chat_id", CHAT, "text", "Oops"));
        BotCalls.call(bot, "deleteMessage", Map.of("chat_id", CHAT, "message_id", id))
                .statusCode(200);

        BotCalls.call(bot, "deleteMessage", Map.of("chat_id", CHAT, "message_id", id))
                .statusCode(400)
                .body("description", equalTo("Bad Request: message to delete not found"));
        BotCalls.call(bot, "editMessageText", Map.of("chat_id", CHAT, "message_id", id, "text", "Back?"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: message to edit not found"));
    }

    @Test
    void aMessageTheChatNeverHad_isNotFound() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "deleteMessage", Map.of("chat_id", CHAT, "message_id", 42))
                .statusCode(400)
                .body("description", equalTo("Bad Request: message to delete not found"));
    }

    @Test
    void aUsersMessage_canBeDeleted() {
        TelegramBot bot = Simulator.newBot();
        Simulator.client().telegramUserWrites(bot.id(), CHAT, "Giulia", "spam");

        BotCalls.call(bot, "deleteMessage", Map.of("chat_id", CHAT, "message_id", 1))
                .statusCode(200);
    }
}
