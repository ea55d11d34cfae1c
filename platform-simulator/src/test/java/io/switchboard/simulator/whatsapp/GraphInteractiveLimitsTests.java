package io.switchboard.simulator.whatsapp;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import org.junit.jupiter.api.Test;

/** WhatsApp's limits on reply buttons and lists: a broken limit is error 131009 with the limit in the details. */
@QuarkusTest
class GraphInteractiveLimitsTests {

    @Test
    void threeReplyButtons_areAccepted() {
        send("send-reply-buttons.json").statusCode(200);
    }

    @Test
    void fourReplyButtons_areRefused() {
        send("send-reply-buttons-four.json")
                .statusCode(400)
                .body("error.code", equalTo(131009))
                .body("error.message", equalTo("(#131009) Parameter value is not valid"))
                .body(
                        "error.error_data.details",
                        equalTo("Invalid buttons count. Min allowed buttons: 1, Max allowed buttons: 3"));
    }

    @Test
    void aButtonTitleOver20Characters_isRefused() {
        send("send-reply-button-long-title.json")
                .statusCode(400)
                .body("error.code", equalTo(131009))
                .body(
                        "error.error_data.details",
                        equalTo("Button title length invalid. Min length: 1, Max length: 20"));
    }

    @Test
    void aListWithTwoSectionsAndFiveRows_isAccepted() {
        send("send-list.json").statusCode(200);
    }

    @Test
    void aListWithElevenRowsInAll_isRefused() {
        send("send-list-eleven-rows.json")
                .statusCode(400)
                .body("error.code", equalTo(131009))
                .body("error.error_data.details", equalTo("Total row count exceed max allowed count: 10"));
    }

    @Test
    void aListWithElevenSections_isRefused() {
        send("send-list-eleven-sections.json")
                .statusCode(400)
                .body("error.code", equalTo(131009))
                .body("error.error_data.details", startsWith("Invalid sections count."));
    }

    @Test
    void aListButtonLabelOver20Characters_isRefused() {
        send("send-list-long-label.json")
                .statusCode(400)
                .body("error.code", equalTo(131009))
                .body(
                        "error.error_data.details",
                        equalTo("Button label length invalid. Min length: 1, Max length: 20"));
    }

    private static ValidatableResponse send(String fixture) {
        WhatsAppNumber number = Simulator.newNumber();
        return GraphCalls.send(number, Fixtures.text("fixtures/whatsapp/" + fixture));
    }
}
