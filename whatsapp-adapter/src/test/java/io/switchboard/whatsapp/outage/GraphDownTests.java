package io.switchboard.whatsapp.outage;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import io.switchboard.whatsapp.support.Registrations;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(GraphDownProfile.class)
class GraphDownTests {

    @Test
    void aRegistrationWhileMetaIsUnreachableIsABadGateway() {
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Rossi");

        given().auth()
                .oauth2(TestTokens.admin("t-" + UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(Registrations.body(number, number.accessToken(), "verify-me"))
                .post("/api/v1/channels/whatsapp")
                .then()
                .statusCode(502)
                .contentType("application/problem+json");
    }
}
