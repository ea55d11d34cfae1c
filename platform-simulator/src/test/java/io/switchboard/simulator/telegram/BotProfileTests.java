package io.switchboard.simulator.telegram;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bot profile a business pushes: commands, name and descriptions, per language. */
@QuarkusTest
class BotProfileTests {

    @Test
    void commandsThatWereSet_areRead() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(
                        bot,
                        "setMyCommands",
                        Map.of("commands", List.of(Map.of("command", "book", "description", "Book an appointment"))))
                .statusCode(200)
                .body("result", equalTo(true));

        BotCalls.call(bot, "getMyCommands", Map.of())
                .statusCode(200)
                .body("result[0].command", equalTo("book"))
                .body("result[0].description", equalTo("Book an appointment"));
    }

    @Test
    void aCommandWithCapitals_isInvalid() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(
                        bot,
                        "setMyCommands",
                        Map.of("commands", List.of(Map.of("command", "Book", "description", "Book an appointment"))))
                .statusCode(400)
                .body("description", equalTo("Bad Request: BOT_COMMAND_INVALID"));
    }

    @Test
    void theName_defaultsToTheFirstName_andFallsBackFromALanguageWithoutOne() {
        TelegramBot bot = Simulator.newBot();
        BotCalls.call(bot, "getMyName", Map.of()).body("result.name", equalTo(bot.firstName()));

        BotCalls.call(bot, "setMyName", Map.of("name", "Studio Rossi Milano")).statusCode(200);

        BotCalls.call(bot, "getMyName", Map.of("language_code", "it"))
                .body("result.name", equalTo("Studio Rossi Milano"));
    }

    @Test
    void aDescriptionPerLanguage_isKeptApart() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "setMyDescription", Map.of("description", "Book your next cut", "language_code", "en"));
        BotCalls.call(bot, "setMyDescription", Map.of("description", "Prenota il tuo taglio", "language_code", "it"));

        BotCalls.call(bot, "getMyDescription", Map.of("language_code", "it"))
                .body("result.description", equalTo("Prenota il tuo taglio"));
    }

    @Test
    void aShortDescriptionOver120Characters_isRefused() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "setMyShortDescription", Map.of("short_description", "x".repeat(121)))
                .statusCode(400)
                .body("error_code", equalTo(400));
    }
}
