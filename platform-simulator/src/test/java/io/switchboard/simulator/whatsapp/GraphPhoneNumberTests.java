package io.switchboard.simulator.whatsapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.support.GraphCalls;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import org.junit.jupiter.api.Test;

/** {@code GET /{version}/{phone-number-id}}: the number's profile and the Graph errors around it. */
@QuarkusTest
class GraphPhoneNumberTests {

    @Test
    void givenARegisteredNumber_whenItsAppFetchesIt_thenTheProfileHasTheGraphDefaultFields() {
        WhatsAppNumber number = Simulator.newNumber();

        GraphCalls.phoneNumber(number)
                .statusCode(200)
                .body("id", equalTo(number.phoneNumberId()))
                .body("display_phone_number", equalTo(number.displayPhoneNumber()))
                .body("verified_name", equalTo(number.verifiedName()))
                .body("quality_rating", equalTo("GREEN"))
                .body("code_verification_status", equalTo("VERIFIED"))
                .body("platform_type", equalTo("CLOUD_API"))
                .body("throughput.level", equalTo("STANDARD"));
    }

    @Test
    void whenFieldsAreRequested_thenOnlyThoseAndTheIdAreAnswered() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer " + number.accessToken())
                .queryParam("fields", "name_status,quality_rating")
                .get("/v23.0/{id}", number.phoneNumberId())
                .then()
                .statusCode(200)
                .body("name_status", equalTo("APPROVED"))
                .body("quality_rating", equalTo("GREEN"))
                .body("id", equalTo(number.phoneNumberId()))
                .body("$", not(hasKey("verified_name")));
    }

    @Test
    void whenAnUnknownFieldIsRequested_thenGraphRefusesWithCode100() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer " + number.accessToken())
                .queryParam("fields", "colour")
                .get("/v23.0/{id}", number.phoneNumberId())
                .then()
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body(
                        "error.message",
                        equalTo("(#100) Tried accessing nonexisting field (colour) on node type"
                                + " (WhatsAppBusinessPhoneNumber)"));
    }

    @Test
    void givenAnUnknownId_whenFetched_thenUnsupportedGetRequestWithSubcode33() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer " + number.accessToken())
                .get("/v23.0/{id}", "999000111")
                .then()
                .statusCode(400)
                .body("error.code", equalTo(100))
                .body("error.error_subcode", equalTo(33))
                .body("error.type", equalTo("GraphMethodException"))
                .body(
                        "error.message",
                        equalTo("Unsupported get request. Object with ID '999000111' does not exist, cannot be loaded"
                                + " due to missing permissions, or does not support this operation."))
                .body("error.fbtrace_id", notNullValue());
    }

    @Test
    void givenAnotherAppsToken_whenFetched_thenTheNumberLooksUnknown() {
        WhatsAppNumber number = Simulator.newNumber();
        WhatsAppNumber other = Simulator.newNumber();

        given().header("Authorization", "Bearer " + other.accessToken())
                .get("/v23.0/{id}", number.phoneNumberId())
                .then()
                .statusCode(400)
                .body("error.error_subcode", equalTo(33));
    }

    @Test
    void givenAWrongToken_whenFetched_then401WithOAuthException190() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer EAAGnot-a-real-token")
                .get("/v23.0/{id}", number.phoneNumberId())
                .then()
                .statusCode(401)
                .body("error.code", equalTo(190))
                .body("error.type", equalTo("OAuthException"))
                .body("error.message", equalTo("Invalid OAuth access token - Cannot parse access token"));
    }

    @Test
    void givenNoToken_whenFetched_then401WithOAuthException190() {
        WhatsAppNumber number = Simulator.newNumber();

        given().get("/v23.0/{id}", number.phoneNumberId())
                .then()
                .statusCode(401)
                .body("error.code", equalTo(190));
    }

    @Test
    void anyGraphVersionIsServed() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer " + number.accessToken())
                .get("/v24.0/{id}", number.phoneNumberId())
                .then()
                .statusCode(200)
                .body("id", equalTo(number.phoneNumberId()));
    }

    @Test
    void anEdgeTheSimulatorDoesNotPlay_isAnsweredAsAnUnknownPath() {
        WhatsAppNumber number = Simulator.newNumber();

        given().header("Authorization", "Bearer " + number.accessToken())
                .get("/v23.0/{id}/message_qrdls", number.phoneNumberId())
                .then()
                .statusCode(400)
                .body("error.code", equalTo(2500));
    }
}
