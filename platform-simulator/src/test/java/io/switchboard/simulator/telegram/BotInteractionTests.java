package io.switchboard.simulator.telegram;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code answerCallbackQuery}, {@code sendChatAction} and {@code setMessageReaction}. */
@QuarkusTest
class BotInteractionTests {

    private static final long CHAT = 5550001L;

    @Test
    void answeringACallbackQuery_isConfirmed() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "answerCallbackQuery", Map.of("callback_query_id", "4382bfdwdsb323b2d9", "text", "Booked"))
                .statusCode(200)
                .body("result", equalTo(true));
    }

    @Test
    void answeringWithoutAQueryId_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "answerCallbackQuery", Map.of("text", "Booked")).statusCode(400);
    }

    @Test
    void aTypingAction_isConfirmed() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendChatAction", Map.of("chat_id", CHAT, "action", "typing"))
                .statusCode(200)
                .body("result", equalTo(true));
    }

    @Test
    void anUnknownAction_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendChatAction", Map.of("chat_id", CHAT, "action", "dancing"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: wrong parameter action in request"));
    }

    @Test
    void reactingToAMessageOfTheChat_isConfirmed() {
        TelegramBot bot = Simulator.newBot();
        Simulator.client().telegramUserWrites(bot.id(), CHAT, "Giulia", "Thanks!");

        BotCalls.call(
                        bot,
                        "setMessageReaction",
                        Map.of(
                                "chat_id",
                                CHAT,
                                "message_id",
                                1,
                                "reaction",
                                List.of(Map.of("type", "emoji", "emoji", "👍"))))
                .statusCode(200)
                .body("result", equalTo(true));
    }

    @Test
    void reactingToAMessageTheChatNeverHad_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "setMessageReaction", Map.of("chat_id", CHAT, "message_id", 42))
                .statusCode(400)
                .body("description", equalTo("Bad Request: MESSAGE_ID_INVALID"));
    }
}
