package io.switchboard.whatsapp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.whatsapp.support.TestChannels;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookHandshakeTests {

    @Inject
    TestChannels channels;

    @Test
    void theChannelsVerifyTokenGetsTheChallengeBackAsText() {
        TestChannels.Channel channel = channels.create();

        given().queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", channel.verifyToken())
                .queryParam("hub.challenge", "1158201444")
                .get(channel.webhookPath())
                .then()
                .statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(equalTo("1158201444"));
    }

    @Test
    void aWrongVerifyTokenIsForbidden() {
        TestChannels.Channel channel = channels.create();

        given().queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", "not-" + channel.verifyToken())
                .queryParam("hub.challenge", "1158201444")
                .get(channel.webhookPath())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aModeOtherThanSubscribeIsForbidden() {
        TestChannels.Channel channel = channels.create();

        given().queryParam("hub.mode", "unsubscribe")
                .queryParam("hub.verify_token", channel.verifyToken())
                .queryParam("hub.challenge", "1158201444")
                .get(channel.webhookPath())
                .then()
                .statusCode(403);
    }

    @Test
    void anUnknownChannelIsNotFound() {
        given().queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", "anything")
                .queryParam("hub.challenge", "1")
                .get("/webhooks/whatsapp/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
