package io.switchboard.simulator.telegram;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code editMessageText} and {@code editMessageReplyMarkup}: the bot's own messages, only when something changes. */
@QuarkusTest
class BotEditMessageTests {

    private static final long CHAT = 5550001L;
    private static final String NOT_MODIFIED = "Bad Request: message is not modified: specified new message content"
            + " and reply markup are exactly the same as a current content and reply markup of the message";
    private static final Map<String, Object> KEYBOARD =
            Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Tuesday", "callback_data", "slot:tue"))));

    @Test
    void anEditedText_isAnsweredAsTheMessageWithItsEditDate() {
        TelegramBot bot = Simulator.newBot();
        int id = sent(bot, Map.of("chat_id", CHAT, "text", "Ci vediamo martedì"));

        BotCalls.call(bot, "editMessageText", Map.of("chat_id", CHAT, "message_id", id, "text", "Ci vediamo mercoledì"))
                .statusCode(200)
                .body("result.message_id", equalTo(id))
                .body("result.text", equalTo("Ci vediamo mercoledì"))
                .body("result.edit_date", greaterThan(0));
    }

    @Test
    void anEditThatChangesNothing_isRefusedAsNotModified() {
        TelegramBot bot = Simulator.newBot();
        int id = sent(bot, Map.of("chat_id", CHAT, "text", "Same"));

        BotCalls.call(bot, "editMessageText", Map.of("chat_id", CHAT, "message_id", id, "text", "Same"))
                .statusCode(400)
                .body("description", equalTo(NOT_MODIFIED));
    }

    @Test
    void aMessageThatDoesNotExist_cannotBeEdited() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "editMessageText", Map.of("chat_id", CHAT, "message_id", 999, "text", "New"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: message to edit not found"));
    }

    @Test
    void aUsersMessage_cannotBeEdited() {
        TelegramBot bot = Simulator.newBot();
        Simulator.client().telegramUserWrites(bot.id(), CHAT, "Giulia", "Hi");
        int usersMessage = 1;

        BotCalls.call(bot, "editMessageText", Map.of("chat_id", CHAT, "message_id", usersMessage, "text", "Edited"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: message can't be edited"));
    }

    @Test
    void aPhoto_hasNoTextToEdit() {
        TelegramBot bot = Simulator.newBot();
        int id = BotCalls.call(bot, "sendPhoto", Map.of("chat_id", CHAT, "photo", "https://studio-rossi.it/a.jpg"))
                .statusCode(200)
                .extract()
                .path("result.message_id");

        BotCalls.call(bot, "editMessageText", Map.of("chat_id", CHAT, "message_id", id, "text", "Caption?"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: there is no text in the message to edit"));
    }

    @Test
    void editingTheKeyboard_replacesIt_andEditingTheTextWithoutOne_removesIt() {
        TelegramBot bot = Simulator.newBot();
        int id = sent(bot, Map.of("chat_id", CHAT, "text", "Pick a day"));

        BotCalls.call(
                        bot,
                        "editMessageReplyMarkup",
                        Map.of("chat_id", CHAT, "message_id", id, "reply_markup", KEYBOARD))
                .statusCode(200)
                .body("result.reply_markup.inline_keyboard[0][0].callback_data", equalTo("slot:tue"));
        BotCalls.call(bot, "editMessageText", Map.of("chat_id", CHAT, "message_id", id, "text", "Booked"))
                .statusCode(200)
                .body("result.reply_markup", nullValue());
    }

    @Test
    void removingAKeyboardTheMessageDoesNotHave_isNotModified() {
        TelegramBot bot = Simulator.newBot();
        int id = sent(bot, Map.of("chat_id", CHAT, "text", "Plain"));

        BotCalls.call(bot, "editMessageReplyMarkup", Map.of("chat_id", CHAT, "message_id", id))
                .statusCode(400)
                .body("description", equalTo(NOT_MODIFIED));
    }

    @Test
    void withoutAMessageId_theEditIsRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "editMessageText", Map.of("chat_id", CHAT, "text", "New"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: message identifier is not specified"));
    }

    static int sent(TelegramBot bot, Map<String, Object> message) {
        return BotCalls.call(bot, "sendMessage", message)
                .statusCode(200)
                .extract()
                .path("result.message_id");
    }
}
