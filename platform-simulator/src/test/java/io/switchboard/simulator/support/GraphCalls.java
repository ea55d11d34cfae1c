package io.switchboard.simulator.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.switchboard.testsupport.simulator.WhatsAppNumber;

/** Calls to the simulated Graph API as the WhatsApp adapter makes them. */
public final class GraphCalls {

    private GraphCalls() {}

    public static ValidatableResponse send(WhatsAppNumber number, String body) {
        return given().header("Authorization", "Bearer " + number.accessToken())
                .contentType("application/json; charset=UTF-8")
                .body(body)
                .post("/v23.0/{id}/messages", number.phoneNumberId())
                .then();
    }

    /** A text from {@code number} to {@code to}. */
    public static ValidatableResponse sendText(WhatsAppNumber number, String to, String text) {
        return send(
                number,
                "{\"messaging_product\":\"whatsapp\",\"to\":\"" + to + "\",\"type\":\"text\",\"text\":{\"body\":\""
                        + text + "\"}}");
    }

    public static ValidatableResponse phoneNumber(WhatsAppNumber number) {
        return given().header("Authorization", "Bearer " + number.accessToken())
                .get("/v23.0/{id}", number.phoneNumberId())
                .then();
    }
}
