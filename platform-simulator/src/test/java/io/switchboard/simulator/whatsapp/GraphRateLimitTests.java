package io.switchboard.simulator.whatsapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.CapturedRequest;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.simulator.support.WebhookCaptures;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Cloud API's rate limits on sends: throughput per number (130429) and the pair limit per recipient (131056). */
@QuarkusTest
class GraphRateLimitTests {

    @Inject
    WebhookCaptures captures;

    @Test
    void beyondTheThroughput_aSendIsRefusedWith130429_asMetaAnswersIt() {
        WhatsAppNumber number = Simulator.newNumber();
        Simulator.limits(number, Map.of("throughputPerSecond", 2));
        GraphCalls.sendText(number, "393330000001", "one").statusCode(200);
        GraphCalls.sendText(number, "393330000002", "two").statusCode(200);

        GraphCalls.sendText(number, "393330000003", "three")
                .statusCode(400)
                .body("error.code", equalTo(130429))
                .body("error.message", equalTo("(#130429) Rate limit hit"))
                .body("error.type", equalTo("OAuthException"))
                .body("error.error_data.messaging_product", equalTo("whatsapp"))
                .body(
                        "error.error_data.details",
                        equalTo("Message failed to send because there were too many messages sent from this phone"
                                + " number in a short period of time"))
                .body("messages", nullValue());
    }

    @Test
    void aThroughputRefusal_isCountedOnTheNumber_andRecordedWithItsStatus() {
        WhatsAppNumber number = Simulator.newNumber();
        Simulator.limits(number, Map.of("throughputPerSecond", 1));
        GraphCalls.sendText(number, "393330000001", "one").statusCode(200);
        GraphCalls.sendText(number, "393330000002", "two").statusCode(400);

        JsonNode view = numberView(number);

        assertThat(view.at("/violations/throughput").asLong()).isEqualTo(1);
        assertThat(view.at("/violations/pair").asLong()).isZero();
        List<JsonNode> recorded = Simulator.client().requests("whatsapp", number.phoneNumberId() + "/messages");
        assertThat(recorded)
                .extracting(request -> request.get("status").asInt())
                .containsExactly(200, 400);
    }

    @Test
    void theSameRecipientBeyondItsBurst_isRefusedWith131056_whileOthersStillGetMessages() {
        WhatsAppNumber number = Simulator.newNumber();
        Simulator.limits(number, Map.of("pairBurst", 2, "pairIntervalSeconds", 600));
        GraphCalls.sendText(number, "393331234567", "one").statusCode(200);
        GraphCalls.sendText(number, "393331234567", "two").statusCode(200);

        GraphCalls.sendText(number, "393331234567", "three")
                .statusCode(400)
                .body("error.code", equalTo(131056))
                .body("error.message", equalTo("(#131056) (Business Account, Consumer Account) pair rate limit hit"));
        GraphCalls.sendText(number, "393339999999", "someone else").statusCode(200);
        assertThat(numberView(number).at("/violations/pair").asLong()).isEqualTo(1);
    }

    @Test
    void aRefusedSend_getsNoStatusWebhooks() {
        WhatsAppNumber number = Simulator.newNumber(Map.of("statusProgression", List.of("sent")));
        String webhook = Simulator.subscribedWebhook(captures, number);
        Simulator.limits(number, Map.of("throughputPerSecond", 1));
        GraphCalls.sendText(number, "393330000001", "accepted").statusCode(200);
        GraphCalls.sendText(number, "393330000002", "refused").statusCode(400);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 1);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() ->
                        GraphCalls.sendText(number, "393330000003", "later").statusCode(200));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> captures.posts(webhook).size() == 2);

        assertThat(captures.posts(webhook))
                .extracting(CapturedRequest::json)
                .extracting(body -> body.at("/entry/0/changes/0/value/statuses/0/recipient_id")
                        .asText())
                .containsExactlyInAnyOrder("393330000001", "393330000003");
    }

    @Test
    void markAsRead_doesNotCountAsAMessage() {
        WhatsAppNumber number = Simulator.newNumber();
        Simulator.limits(number, Map.of("throughputPerSecond", 1));

        for (int read = 0; read < 3; read++) {
            GraphCalls.send(number, Fixtures.text("fixtures/whatsapp/mark-as-read.json"))
                    .statusCode(200);
        }

        GraphCalls.sendText(number, "393330000001", "still allowed").statusCode(200);
    }

    @Test
    void limitsSwitchedOff_refuseNothing() {
        WhatsAppNumber number = Simulator.newNumber();
        Simulator.limits(number, Map.of("throughputPerSecond", 1, "pairBurst", 1, "enforced", false));

        for (int send = 0; send < 5; send++) {
            GraphCalls.sendText(number, "393331234567", "message " + send).statusCode(200);
        }

        assertThat(numberView(number).at("/violations/throughput").asLong()).isZero();
    }

    @Test
    void aNewNumber_hasMetasDefaultLimits_andAHighThroughputNumberGets1000() {
        WhatsAppNumber standard = Simulator.newNumber();
        WhatsAppNumber high = Simulator.newNumber(Map.of("throughputLevel", "HIGH"));

        JsonNode limits = numberView(standard).get("limits");
        assertThat(limits.get("enforced").asBoolean()).isTrue();
        assertThat(limits.get("throughputPerSecond").asInt()).isEqualTo(80);
        assertThat(limits.get("pairBurst").asInt()).isEqualTo(45);
        assertThat(limits.get("pairIntervalSeconds").asDouble()).isEqualTo(6.0);
        assertThat(numberView(high).at("/limits/throughputPerSecond").asInt()).isEqualTo(1000);
    }

    @Test
    void changingOneLimit_keepsTheOthers() {
        WhatsAppNumber number = Simulator.newNumber();

        JsonNode limits = Simulator.limits(number, Map.of("pairBurst", 5));

        assertThat(limits.get("pairBurst").asInt()).isEqualTo(5);
        assertThat(limits.get("throughputPerSecond").asInt()).isEqualTo(80);
    }

    @Test
    void anImpossibleLimit_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        given().contentType("application/json")
                .body(Map.of("throughputPerSecond", 0))
                .put("/simulator/whatsapp/numbers/{id}/limits", number.phoneNumberId())
                .then()
                .statusCode(400);
    }

    private static JsonNode numberView(WhatsAppNumber number) {
        return new JsonHttp(Simulator.baseUrl())
                .get("/simulator/whatsapp/numbers/" + number.phoneNumberId(), Map.of())
                .expect(200)
                .json();
    }
}
