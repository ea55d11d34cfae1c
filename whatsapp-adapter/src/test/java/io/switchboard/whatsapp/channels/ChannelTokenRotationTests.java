package io.switchboard.whatsapp.channels;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.switchboard.whatsapp.service.ChannelService;
import io.switchboard.whatsapp.support.Registrations;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new access token is checked with Meta before it replaces the old one. */
@QuarkusTest
class ChannelTokenRotationTests {

    @Inject
    ChannelService service;

    @Test
    void aTokenMetaRefusesIsUnprocessableAndTheOldTokenStays() {
        Registrations.Registered channel = Registrations.freshChannel();

        patch(channel, Map.of("accessToken", "EAAG-revoked"))
                .then()
                .statusCode(422)
                .body("detail", containsString("190"));
    }

    @Test
    void aValidNewTokenMakesAnUnhealthyChannelHealthyAgain() {
        Registrations.Registered channel = Registrations.freshChannel();
        service.markUnhealthy(UUID.fromString(channel.channelId()), "token expired");

        patch(channel, Map.of("accessToken", channel.number().accessToken()))
                .then()
                .statusCode(200)
                .body("health", equalTo("HEALTHY"))
                .body("healthDetail", nullValue());
    }

    private static Response patch(Registrations.Registered channel, Map<String, String> body) {
        return given().auth()
                .oauth2(channel.adminToken())
                .contentType(ContentType.JSON)
                .body(body)
                .patch("/api/v1/channels/whatsapp/" + channel.channelId());
    }
}
