package io.switchboard.simulator.whatsapp;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import org.junit.jupiter.api.Test;

/** Marking a received message as read (optionally with a typing indicator) through the messages endpoint. */
@QuarkusTest
class GraphMarkAsReadTests {

    @Test
    void markingAMessageAsRead_answersSuccess() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, Fixtures.text("fixtures/whatsapp/mark-as-read.json"))
                .statusCode(200)
                .body("success", equalTo(true));
    }

    @Test
    void markingAsReadWithATypingIndicator_answersSuccess() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, Fixtures.text("fixtures/whatsapp/mark-as-read-with-typing.json"))
                .statusCode(200)
                .body("success", equalTo(true));
    }

    @Test
    void markingAsReadWithoutAMessageId_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, "{\"messaging_product\":\"whatsapp\",\"status\":\"read\"}")
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.error_data.details", equalTo("The parameter message_id is required."));
    }
}
