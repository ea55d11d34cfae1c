package io.switchboard.whatsapp.rest;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.whatsapp.support.Signatures;
import io.switchboard.whatsapp.support.TestChannels;

/** Plays Meta delivering webhook bodies to a channel's URL. */
final class Webhook {

    private Webhook() {}

    static String fixture(String name) {
        return Fixtures.text("webhooks/" + name);
    }

    static ValidatableResponse deliver(TestChannels.Channel channel, String body) {
        return deliverSigned(channel, body, Signatures.sign(body, channel.appSecret()));
    }

    static ValidatableResponse deliverSigned(TestChannels.Channel channel, String body, String signature) {
        var request = given().contentType("application/json").body(body);
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return request.post(channel.webhookPath()).then();
    }
}
