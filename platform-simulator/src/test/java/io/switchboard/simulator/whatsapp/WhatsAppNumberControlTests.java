package io.switchboard.simulator.whatsapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import org.junit.jupiter.api.Test;

/** {@code /simulator/whatsapp/numbers}: registering the numbers the Graph API knows. */
@QuarkusTest
class WhatsAppNumberControlTests {

    @Test
    void aRegisteredNumber_isEchoedWithThePlatformDefaults() {
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Rossi");

        JsonNode registered = Simulator.client().addWhatsAppNumber(number);

        assertThat(registered.get("phoneNumberId").asText()).isEqualTo(number.phoneNumberId());
        assertThat(registered.get("accessToken").asText()).isEqualTo(number.accessToken());
        assertThat(registered.get("qualityRating").asText()).isEqualTo("GREEN");
        assertThat(registered.get("throughputLevel").asText()).isEqualTo("STANDARD");
        assertThat(registered.get("statusProgression").toString()).isEqualTo("[\"sent\",\"delivered\",\"read\"]");
        assertThat(registered.get("webhookUrl").isNull()).isTrue();
    }

    @Test
    void reRegisteringTheSameId_replacesTheNumberAndItsCredentials() {
        WhatsAppNumber first = Simulator.newNumber();
        WhatsAppNumber replacement = new WhatsAppNumber(
                first.phoneNumberId(),
                first.wabaId(),
                first.displayPhoneNumber(),
                "Studio Rossi Milano",
                "EAAGreplacement" + first.accessToken(),
                first.appSecret());

        Simulator.client().addWhatsAppNumber(replacement);

        GraphCalls.phoneNumber(replacement).statusCode(200).body("verified_name", equalTo("Studio Rossi Milano"));
        GraphCalls.phoneNumber(first).statusCode(401);
    }

    @Test
    void aNumberWithoutCredentials_isRefusedWith400() {
        given().contentType(ContentType.JSON)
                .body("{\"phoneNumberId\":\"1065001\",\"wabaId\":\"1022001\"}")
                .post("/simulator/whatsapp/numbers")
                .then()
                .statusCode(400);
    }

    @Test
    void anUnknownNumber_is404() {
        given().get("/simulator/whatsapp/numbers/{id}", "404404404")
                .then()
                .statusCode(404)
                .body("message", equalTo("no WhatsApp number 404404404"));
    }
}
