package io.switchboard.simulator.whatsapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import org.junit.jupiter.api.Test;

/** {@code POST /{version}/{phone-number-id}/messages}: accepted sends and the envelope checks. */
@QuarkusTest
class GraphSendMessageTests {

    @Test
    void aValidTextSend_isAnsweredWithTheRecipientAndANewWamid() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, Fixtures.text("fixtures/whatsapp/send-text.json"))
                .statusCode(200)
                .body("messaging_product", equalTo("whatsapp"))
                .body("contacts[0].input", equalTo("+39 333 123 4567"))
                .body("contacts[0].wa_id", equalTo("393331234567"))
                .body("messages[0].id", startsWith("wamid."));
    }

    @Test
    void eachSendGetsItsOwnWamid() {
        WhatsAppNumber number = Simulator.newNumber();
        String body = Fixtures.text("fixtures/whatsapp/send-text.json");

        String first = GraphCalls.send(number, body).extract().path("messages[0].id");
        String second = GraphCalls.send(number, body).extract().path("messages[0].id");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aTemplateSend_isAccepted() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, Fixtures.text("fixtures/whatsapp/send-template.json"))
                .statusCode(200)
                .body("messages[0].message_status", equalTo("accepted"));
    }

    @Test
    void withoutAType_theSendIsAText() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, Fixtures.text("fixtures/whatsapp/send-text-without-type.json"))
                .statusCode(200)
                .body("messages[0].id", startsWith("wamid."));
    }

    @Test
    void withoutMessagingProduct_theSendIsRefusedWithCode100AndWhatIsMissing() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, "{\"to\":\"393331234567\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}")
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.message", equalTo("(#100) Invalid parameter"))
                .body("error.type", equalTo("OAuthException"))
                .body("error.error_data.messaging_product", equalTo("whatsapp"))
                .body("error.error_data.details", equalTo("The parameter messaging_product is required."));
    }

    @Test
    void anotherMessagingProduct_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, "{\"messaging_product\":\"sms\",\"to\":\"393331234567\",\"text\":{\"body\":\"hi\"}}")
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.error_data.details", startsWith("Param messaging_product must be one of {WHATSAPP}"));
    }

    @Test
    void withoutARecipient_theSendIsRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, "{\"messaging_product\":\"whatsapp\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}")
                .statusCode(400)
                .body("error.error_data.details", equalTo("The parameter to is required."));
    }

    @Test
    void anUnknownType_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, "{\"messaging_product\":\"whatsapp\",\"to\":\"393331234567\",\"type\":\"fax\"}")
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.error_data.details", startsWith("Param type must be one of {AUDIO, CONTACTS,"));
    }

    @Test
    void aTypeWithoutItsObject_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, Fixtures.text("fixtures/whatsapp/send-image-missing-object.json"))
                .statusCode(400)
                .body("error.error_data.details", equalTo("The parameter image is required."));
    }

    @Test
    void mediaWithNeitherIdNorLink_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, Fixtures.text("fixtures/whatsapp/send-image-without-id-or-link.json"))
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.error_data.details", equalTo("Param image must have either an id or a link."));
    }

    @Test
    void aTextOf4096Characters_isAccepted() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, text("é".repeat(4096))).statusCode(200);
    }

    @Test
    void aTextOver4096Characters_isRefusedWithTheLimitInTheDetails() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, text("x".repeat(4097)))
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.error_data.details", equalTo("Param text['body'] must be at most 4096 characters long."));
    }

    @Test
    void aBodyThatIsNotJson_isRefusedWithCode100() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.send(number, "to=393331234567&text=hi").statusCode(400).body("error.code", equalTo(100));
    }

    @Test
    void aSendWithAWrongToken_isRefusedWith190() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer EAAGwrong")
                .contentType(ContentType.JSON)
                .body(Fixtures.text("fixtures/whatsapp/send-text.json"))
                .post("/v23.0/{id}/messages", number.phoneNumberId())
                .then()
                .statusCode(401)
                .body("error.code", equalTo(190));
    }

    private static String text(String body) {
        return "{\"messaging_product\":\"whatsapp\",\"to\":\"393331234567\",\"type\":\"text\",\"text\":{\"body\":\""
                + body + "\"}}";
    }
}
