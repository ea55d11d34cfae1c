package io.switchboard.simulator.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.Map;

/** Calls to the simulated Bot API as the Telegram adapter makes them: JSON bodies to {@code /bot<token>/<method>}. */
public final class BotCalls {

    private BotCalls() {}

    public static ValidatableResponse call(TelegramBot bot, String method, Map<String, ?> parameters) {
        return given().contentType("application/json; charset=UTF-8")
                .body(parameters)
                .post("/bot{token}/{method}", bot.token(), method)
                .then();
    }

    public static ValidatableResponse call(TelegramBot bot, String method) {
        return given().get("/bot{token}/{method}", bot.token(), method).then();
    }
}
