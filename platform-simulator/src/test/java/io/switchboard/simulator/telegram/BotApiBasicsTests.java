package io.switchboard.simulator.telegram;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.TelegramBot;
import org.junit.jupiter.api.Test;

/** {@code /bot<token>/<method>}: the envelope, the token check, method lookup and the ways parameters arrive. */
@QuarkusTest
class BotApiBasicsTests {

    @Test
    void getMe_describesTheBotWithItsCapabilities() {
        TelegramBot bot = Simulator.newBot();

        long id = BotCalls.call(bot, "getMe")
                .statusCode(200)
                .body("ok", equalTo(true))
                .body("result.is_bot", equalTo(true))
                .body("result.first_name", equalTo(bot.firstName()))
                .body("result.username", equalTo(bot.username()))
                .body("result.can_join_groups", equalTo(true))
                .body("result.can_read_all_group_messages", equalTo(false))
                .body("result.supports_inline_queries", equalTo(false))
                .extract()
                .jsonPath()
                .getLong("result.id");
        assertThat(id).isEqualTo(bot.id());
    }

    @Test
    void anUnknownToken_is401Unauthorized() {
        TelegramBot bot = Simulator.newBot();

        given().get("/bot{token}/getMe", bot.id() + ":AAnot-the-real-secret")
                .then()
                .statusCode(401)
                .body("ok", equalTo(false))
                .body("error_code", equalTo(401))
                .body("description", equalTo("Unauthorized"));
    }

    @Test
    void anUnknownMethod_is404NotFound() {
        TelegramBot bot = Simulator.newBot();

        BotCalls.call(bot, "teleport")
                .statusCode(404)
                .body("ok", equalTo(false))
                .body("error_code", equalTo(404))
                .body("description", equalTo("Not Found"));
    }

    @Test
    void methodNames_areCaseInsensitive() {
        TelegramBot bot = Simulator.newBot();

        long id =
                BotCalls.call(bot, "GETME").statusCode(200).extract().jsonPath().getLong("result.id");

        assertThat(id).isEqualTo(bot.id());
    }

    @Test
    void parameters_mayComeAsAForm() {
        TelegramBot bot = Simulator.newBot();

        given().contentType("application/x-www-form-urlencoded")
                .formParam("chat_id", "5550001")
                .formParam("text", "Ciao Giulia")
                .post("/bot{token}/sendMessage", bot.token())
                .then()
                .statusCode(200)
                .body("result.chat.id", equalTo(5550001))
                .body("result.text", equalTo("Ciao Giulia"));
    }

    @Test
    void parameters_mayComeInTheQueryString() {
        TelegramBot bot = Simulator.newBot();

        given().queryParam("chat_id", "5550001")
                .queryParam("text", "Ciao Giulia")
                .get("/bot{token}/sendMessage", bot.token())
                .then()
                .statusCode(200)
                .body("result.text", equalTo("Ciao Giulia"));
    }
}
