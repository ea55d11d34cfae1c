package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /simulator/limits/violations}: every number's and bot's violation counters, read and reset together. */
@QuarkusTest
class LimitViolationsTests {

    @Test
    void theCounters_showEachNumberAndBot_perKindOfLimit() {
        WhatsAppNumber number = Simulator.newNumber();
        Simulator.limits(number, Map.of("pairBurst", 1, "pairIntervalSeconds", 600));
        GraphCalls.sendText(number, "393331234567", "one").statusCode(200);
        GraphCalls.sendText(number, "393331234567", "two").statusCode(400);
        TelegramBot bot = Simulator.newBot();
        Simulator.limits(bot, Map.of("chatBurst", 1));
        BotCalls.call(bot, "sendMessage", Map.of("chat_id", 5550001L, "text", "one"))
                .statusCode(200);
        BotCalls.call(bot, "sendMessage", Map.of("chat_id", 5550001L, "text", "two"))
                .statusCode(429);

        JsonNode violations = violations();

        assertThat(violations
                        .at("/whatsapp/" + number.phoneNumberId() + "/pair")
                        .asLong())
                .isEqualTo(1);
        assertThat(violations
                        .at("/whatsapp/" + number.phoneNumberId() + "/throughput")
                        .asLong())
                .isZero();
        assertThat(violations.at("/telegram/" + bot.id() + "/chat").asLong()).isEqualTo(1);
    }

    @Test
    void resetting_setsEveryCounterBackToZero_andKeepsTheLimits() {
        TelegramBot bot = Simulator.newBot();
        Simulator.limits(bot, Map.of("chatBurst", 1));
        BotCalls.call(bot, "sendMessage", Map.of("chat_id", 5550001L, "text", "one"))
                .statusCode(200);
        BotCalls.call(bot, "sendMessage", Map.of("chat_id", 5550001L, "text", "two"))
                .statusCode(429);

        given().delete("/simulator/limits/violations").then().statusCode(204);

        assertThat(violations().at("/telegram/" + bot.id() + "/chat").asLong()).isZero();
        assertThat(Simulator.client()
                        .telegramBot(bot.id())
                        .at("/limits/chatBurst")
                        .asInt())
                .isEqualTo(1);
    }

    private static JsonNode violations() {
        return new JsonHttp(Simulator.baseUrl())
                .get("/simulator/limits/violations", Map.of())
                .expect(200)
                .json();
    }
}
