package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.BotCalls;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.TelegramBot;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /simulator/requests}: every platform API request, answered and recorded, with credentials redacted. */
@QuarkusTest
class RequestLogTests {

    @Test
    void aGraphSend_isRecordedWithItsAnswer_andTheTokenRedacted() {
        WhatsAppNumber number = Simulator.newNumber();
        String body = Fixtures.text("fixtures/whatsapp/send-text.json");
        GraphCalls.send(number, body).statusCode(200);

        List<JsonNode> requests = Simulator.client().requests("whatsapp", number.phoneNumberId() + "/messages");

        assertThat(requests).hasSize(1);
        JsonNode request = requests.getFirst();
        assertThat(request.get("platform").asText()).isEqualTo("whatsapp");
        assertThat(request.get("method").asText()).isEqualTo("POST");
        assertThat(request.get("path").asText()).isEqualTo("/v23.0/" + number.phoneNumberId() + "/messages");
        assertThat(request.get("body").asText()).isEqualTo(body);
        assertThat(request.get("status").asInt()).isEqualTo(200);
        assertThat(request.get("responseBody").asText()).contains("wamid.");
        assertThat(request.get("receivedAt").asText()).isNotBlank();
        String token = number.accessToken();
        assertThat(request.at("/headers/Authorization").asText())
                .isEqualTo("Bearer ***" + token.substring(token.length() - 4));
        assertThat(request.toString()).doesNotContain(token);
    }

    @Test
    void aBotApiCall_isRecordedWithTheTokenOutOfThePath() {
        TelegramBot bot = Simulator.newBot();
        BotCalls.call(bot, "sendMessage", Map.of("chat_id", 5550001L, "text", "Ciao"))
                .statusCode(200);

        List<JsonNode> requests = Simulator.client().requests("telegram", "/bot" + bot.id() + ":");

        assertThat(requests).hasSize(1);
        assertThat(requests.getFirst().get("path").asText()).isEqualTo("/bot" + bot.id() + ":***/sendMessage");
        assertThat(requests.getFirst().toString()).doesNotContain(bot.token());
    }

    @Test
    void aWebhookSecret_isRedactedInTheRecordedBody() {
        TelegramBot bot = Simulator.newBot();
        BotCalls.call(bot, "setWebhook", Map.of("url", "http://127.0.0.1:9/hook", "secret_token", "topSecretValue"))
                .statusCode(200);

        JsonNode request =
                Simulator.client().requests("telegram", "/bot" + bot.id() + ":").getFirst();

        assertThat(request.get("body").asText()).contains("***alue").doesNotContain("topSecretValue");
    }

    @Test
    void refusedRequests_areRecordedToo() {
        WhatsAppNumber number = Simulator.newNumber();
        GraphCalls.send(number, "{}").statusCode(400);

        JsonNode request = Simulator.client()
                .requests("whatsapp", number.phoneNumberId() + "/messages")
                .getFirst();

        assertThat(request.get("status").asInt()).isEqualTo(400);
        assertThat(request.get("responseBody").asText()).contains("\"code\":100");
    }

    @Test
    void requests_areFilteredByPlatform() {
        TelegramBot bot = Simulator.newBot();
        BotCalls.call(bot, "getMe").statusCode(200);

        assertThat(Simulator.client().requests("whatsapp", "/bot" + bot.id() + ":"))
                .isEmpty();
        assertThat(Simulator.client().requests("telegram", "/bot" + bot.id() + ":"))
                .hasSize(1);
    }

    @Test
    void anUnknownPlatform_isRefused() {
        given().queryParam("platform", "signal")
                .get("/simulator/requests")
                .then()
                .statusCode(400);
    }

    @Test
    void clearing_forgetsRecordedRequests_butKeepsNumbers() {
        WhatsAppNumber number = Simulator.newNumber();
        GraphCalls.phoneNumber(number).statusCode(200);

        Simulator.client().clearRequests();

        assertThat(Simulator.client().requests("whatsapp", number.phoneNumberId()))
                .isEmpty();
        GraphCalls.phoneNumber(number).statusCode(200);
    }
}
