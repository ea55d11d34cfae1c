package io.switchboard.whatsapp.channels;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.whatsapp.support.Registrations;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The channels API shows the pace the adapter really sends at, and a tenant may set its own. */
@QuarkusTest
class ChannelPacingTests {

    @Test
    void aStandardNumberSendsEightyMessagesPerSecond() {
        Registrations.Registered channel = Registrations.freshChannel();

        given().auth()
                .oauth2(channel.adminToken())
                .get("/api/v1/channels/whatsapp/" + channel.channelId())
                .then()
                .body("throughputLevel", equalTo("STANDARD"))
                .body("effectiveMessagesPerSecond", equalTo(80));
    }

    @Test
    void theTenantsOwnPaceIsTheEffectiveOne() {
        Registrations.Registered channel = Registrations.freshChannel();

        given().auth()
                .oauth2(channel.adminToken())
                .contentType(ContentType.JSON)
                .body(Map.of("messagesPerSecond", 20))
                .patch("/api/v1/channels/whatsapp/" + channel.channelId())
                .then()
                .statusCode(200)
                .body("messagesPerSecond", equalTo(20))
                .body("effectiveMessagesPerSecond", equalTo(20));
    }
}
