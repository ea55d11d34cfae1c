package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.TelegramBot;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /simulator/faults}: the next matching platform calls fail with the platform's envelope, or answer late. */
@QuarkusTest
class FaultInjectionTests {

    private static final String TEXT = Fixtures.text("fixtures/whatsapp/send-text.json");

    @Test
    void aGraphRateLimit_hitsTheNextSend_only() {
        WhatsAppNumber number = Simulator.newNumber();
        inject(Map.of("platform", "whatsapp", "pathContains", number.phoneNumberId() + "/messages", "status", 429));

        GraphCalls.send(number, TEXT)
                .statusCode(429)
                .body("error.code", equalTo(130429))
                .body("error.message", equalTo("(#130429) Rate limit hit"))
                .body("error.error_data.details", equalTo("(#130429) Rate limit hit"));
        GraphCalls.send(number, TEXT).statusCode(200);
    }

    @Test
    void aGraphFault_mayCarryItsOwnCodeAndMessage() {
        WhatsAppNumber number = Simulator.newNumber();
        inject(Map.of(
                "platform",
                "whatsapp",
                "pathContains",
                number.phoneNumberId(),
                "status",
                400,
                "code",
                131056,
                "message",
                "(#131056) (Business Account, Consumer Account) pair rate limit hit"));

        GraphCalls.send(number, TEXT)
                .statusCode(400)
                .body("error.code", equalTo(131056))
                .body("error.message", equalTo("(#131056) (Business Account, Consumer Account) pair rate limit hit"));
    }

    @Test
    void aBotApiFloodLimit_carriesRetryAfter_forAsManyCallsAsAsked() {
        TelegramBot bot = Simulator.newBot();
        inject(Map.of(
                "platform", "telegram",
                "pathContains", "/bot" + bot.id() + ":***/sendMessage",
                "status", 429,
                "retryAfter", 3,
                "times", 2));
        Map<String, Object> message = Map.of("chat_id", 5550001L, "text", "Ciao");

        for (int call = 0; call < 2; call++) {
            BotCalls.call(bot, "sendMessage", message)
                    .statusCode(429)
                    .body("ok", equalTo(false))
                    .body("error_code", equalTo(429))
                    .body("description", equalTo("Too Many Requests: retry after 3"))
                    .body("parameters.retry_after", equalTo(3));
        }
        BotCalls.call(bot, "sendMessage", message).statusCode(200);
    }

    @Test
    void aDelay_holdsTheAnswerBack_andThenTheCallSucceeds() {
        TelegramBot bot = Simulator.newBot();
        inject(Map.of("platform", "telegram", "pathContains", "/bot" + bot.id() + ":", "delayMs", 400));

        long started = System.nanoTime();
        BotCalls.call(bot, "getMe").statusCode(200);

        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(400);
    }

    @Test
    void anInjectedFault_isRecordedLikeAnyAnswer() {
        WhatsAppNumber number = Simulator.newNumber();
        inject(Map.of("platform", "whatsapp", "pathContains", number.phoneNumberId(), "status", 503));

        GraphCalls.phoneNumber(number).statusCode(503);

        assertThat(Simulator.client()
                        .requests("whatsapp", number.phoneNumberId())
                        .getFirst()
                        .get("status")
                        .asInt())
                .isEqualTo(503);
    }

    @Test
    void activeFaults_areListedWithWhatRemains_andCanBeRemoved() {
        long id = inject(Map.of("platform", "telegram", "pathContains", "/never-called", "status", 500, "times", 3));

        given().get("/simulator/faults")
                .then()
                .statusCode(200)
                .body("find { it.id == " + id + " }.remaining", equalTo(3));
        given().delete("/simulator/faults/{id}", id).then().statusCode(204);
        given().delete("/simulator/faults/{id}", id).then().statusCode(404);
    }

    @Test
    void aFaultWithNeitherStatusNorDelay_isRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("platform", "telegram", "pathContains", "/getMe"))
                .post("/simulator/faults")
                .then()
                .statusCode(400);
    }

    private static long inject(Map<String, Object> fault) {
        return given().contentType(ContentType.JSON)
                .body(fault)
                .post("/simulator/faults")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
