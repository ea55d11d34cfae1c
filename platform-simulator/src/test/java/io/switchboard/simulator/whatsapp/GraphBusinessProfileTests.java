package io.switchboard.simulator.whatsapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.switchboard.simulator.support.Simulator;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import org.junit.jupiter.api.Test;

/** {@code whatsapp_business_profile}: what the business pushes is what customers (and reads) see. */
@QuarkusTest
class GraphBusinessProfileTests {

    @Test
    void anUpdatedProfile_isReadBack() {
        WhatsAppNumber number = Simulator.newNumber();

        update(number, Fixtures.text("fixtures/whatsapp/business-profile-update.json"))
                .statusCode(200)
                .body("success", equalTo(true));

        read(number, null)
                .statusCode(200)
                .body("data[0].business_profile.messaging_product", equalTo("whatsapp"))
                .body("data[0].business_profile.about", equalTo("Hair and beauty in Milan since 1998"))
                .body("data[0].business_profile.vertical", equalTo("BEAUTY"))
                .body("data[0].business_profile.websites[1]", equalTo("https://instagram.com/studiorossi"));
    }

    @Test
    void fields_limitWhatIsRead() {
        WhatsAppNumber number = Simulator.newNumber();
        update(number, Fixtures.text("fixtures/whatsapp/business-profile-update.json"));

        read(number, "about,email")
                .statusCode(200)
                .body("data[0].business_profile.email", equalTo("ciao@studiorossi.example"))
                .body("data[0].business_profile", not(hasKey("address")));
    }

    @Test
    void anAboutOver139Characters_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        update(number, "{\"messaging_product\":\"whatsapp\",\"about\":\"" + "a".repeat(140) + "\"}")
                .statusCode(400)
                .body("error.code", equalTo(100));
    }

    @Test
    void moreThanTwoWebsites_areRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        update(
                        number,
                        "{\"messaging_product\":\"whatsapp\",\"websites\":[\"https://a.example\",\"https://b.example\","
                                + "\"https://c.example\"]}")
                .statusCode(400)
                .body("error.code", equalTo(100));
    }

    @Test
    void anUnknownVertical_isRefused() {
        WhatsAppNumber number = Simulator.newNumber();

        update(number, "{\"messaging_product\":\"whatsapp\",\"vertical\":\"SPACESHIPS\"}")
                .statusCode(400)
                .body("error.code", equalTo(100));
    }

    private static ValidatableResponse update(WhatsAppNumber number, String body) {
        return given().header("Authorization", "Bearer " + number.accessToken())
                .contentType("application/json; charset=UTF-8")
                .body(body)
                .post("/v23.0/{id}/whatsapp_business_profile", number.phoneNumberId())
                .then();
    }

    private static ValidatableResponse read(WhatsAppNumber number, String fields) {
        RequestSpecification request = given().header("Authorization", "Bearer " + number.accessToken());
        if (fields != null) {
            request = request.queryParam("fields", fields);
        }
        return request.get("/v23.0/{id}/whatsapp_business_profile", number.phoneNumberId())
                .then();
    }
}
