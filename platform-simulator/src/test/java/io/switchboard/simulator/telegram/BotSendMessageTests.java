package io.switchboard.simulator.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code sendMessage}: the sent {@code Message}, its numbering per chat, and Telegram's refusals. */
@QuarkusTest
class BotSendMessageTests {

    private static final long CHAT = 5550001L;

    @Test
    void aSentText_isAnsweredAsAMessageFromTheBotInThatChat() {
        TelegramBot bot = Simulator.newBot();
        Simulator.client().telegramUserWrites(bot.id(), CHAT, "Giulia", "Hi!");

        long from = BotCalls.call(bot, "sendMessage", Map.of("chat_id", CHAT, "text", "Ciao Giulia"))
                .statusCode(200)
                .body("ok", equalTo(true))
                .body("result.message_id", greaterThan(0))
                .body("result.from.is_bot", equalTo(true))
                .body("result.chat.id", equalTo((int) CHAT))
                .body("result.chat.type", equalTo("private"))
                .body("result.chat.first_name", equalTo("Giulia"))
                .body("result.date", greaterThan(0))
                .body("result.text", equalTo("Ciao Giulia"))
                .extract()
                .jsonPath()
                .getLong("result.from.id");
        assertThat(from).isEqualTo(bot.id());
    }

    @Test
    void messageIds_growPerChat_acrossWhatUsersAndTheBotWrite() {
        TelegramBot bot = Simulator.newBot();
        Simulator.client().telegramUserWrites(bot.id(), CHAT, "Giulia", "Hi!");

        int first = send(bot, CHAT, "one");
        int second = send(bot, CHAT, "two");
        int otherChat = send(bot, 5550002L, "elsewhere");

        assertThat(first).isEqualTo(2);
        assertThat(second).isEqualTo(3);
        assertThat(otherChat).isEqualTo(1);
    }

    @Test
    void aTextOver4096Characters_isTooLong() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendMessage", Map.of("chat_id", CHAT, "text", "x".repeat(4097)))
                .statusCode(400)
                .body("error_code", equalTo(400))
                .body("description", equalTo("Bad Request: message is too long"));
    }

    @Test
    void aTextOf4096Characters_isSent() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendMessage", Map.of("chat_id", CHAT, "text", "x".repeat(4096)))
                .statusCode(200);
    }

    @Test
    void anEmptyText_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendMessage", Map.of("chat_id", CHAT, "text", ""))
                .statusCode(400)
                .body("description", equalTo("Bad Request: message text is empty"));
    }

    @Test
    void withoutAChat_theSendIsRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendMessage", Map.of("text", "hello"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: chat_id is empty"));
    }

    @Test
    void aChatThatBlockedTheBot_is403() {
        TelegramBot sample = Simulator.sampleBot();
        new JsonHttp(Simulator.baseUrl())
                .post(
                        "/simulator/telegram/bots",
                        Map.of(
                                "token", sample.token(),
                                "username", sample.username(),
                                "firstName", sample.firstName(),
                                "blockedChats", List.of(CHAT)),
                        Map.of())
                .expect(201);

        BotCalls.call(sample, "sendMessage", Map.of("chat_id", CHAT, "text", "hello"))
                .statusCode(403)
                .body("error_code", equalTo(403))
                .body("description", equalTo("Forbidden: bot was blocked by the user"));
    }

    @Test
    void anInlineKeyboard_isEchoedInTheSentMessage() {
        TelegramBot bot = Simulator.newBot();
        Map<String, Object> keyboard = Map.of(
                "inline_keyboard", List.of(List.of(Map.of("text", "Tuesday 10:00", "callback_data", "slot:tue-10"))));

        BotCalls.call(bot, "sendMessage", Map.of("chat_id", CHAT, "text", "Pick a time", "reply_markup", keyboard))
                .statusCode(200)
                .body("result.reply_markup.inline_keyboard[0][0].callback_data", equalTo("slot:tue-10"));
    }

    @Test
    void callbackDataOver64Bytes_isButtonDataInvalid() {
        TelegramBot bot = Simulator.newBot();
        Map<String, Object> keyboard = Map.of(
                "inline_keyboard", List.of(List.of(Map.of("text", "Too much", "callback_data", "é".repeat(33)))));

        BotCalls.call(bot, "sendMessage", Map.of("chat_id", CHAT, "text", "Pick", "reply_markup", keyboard))
                .statusCode(400)
                .body("description", equalTo("Bad Request: BUTTON_DATA_INVALID"));
    }

    @Test
    void aReplyToAMessageTheChatNeverHad_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(
                        bot,
                        "sendMessage",
                        Map.of("chat_id", CHAT, "text", "Re", "reply_parameters", Map.of("message_id", 999)))
                .statusCode(400)
                .body("description", equalTo("Bad Request: message to be replied not found"));
    }

    @Test
    void anUnknownParseMode_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "sendMessage", Map.of("chat_id", CHAT, "text", "*hi*", "parse_mode", "BBCode"))
                .statusCode(400)
                .body("description", equalTo("Bad Request: unsupported parse_mode"));
    }

    private static int send(TelegramBot bot, long chat, String text) {
        return BotCalls.call(bot, "sendMessage", Map.of("chat_id", chat, "text", text))
                .statusCode(200)
                .extract()
                .path("result.message_id");
    }
}
