package io.switchboard.whatsapp.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Simulator;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Media customers sent, streamed from Meta with the channel's token to the tenant's admins and agents. */
@QuarkusTest
class MediaProxyTests {

    private static final byte[] PICTURE = "\u00ffJPEG pretend picture bytes".getBytes(StandardCharsets.ISO_8859_1);

    private Registrations.Registered channel;
    private String mediaId;

    @BeforeEach
    void aCustomerSentAPicture() {
        channel = Registrations.freshChannel();
        mediaId = Simulator.client().addWhatsAppMedia(channel.number().phoneNumberId(), PICTURE, "image/jpeg");
    }

    @Test
    void anAgentGetsTheBytesWithTheirTypeAndLength() {
        Response response =
                given().auth().oauth2(TestTokens.agent(channel.tenantId())).get(path(channel.channelId(), mediaId));

        response.then()
                .statusCode(200)
                .contentType(containsString("image/jpeg"))
                .header("Content-Length", equalTo(Integer.toString(PICTURE.length)));
        assertThat(response.asByteArray()).isEqualTo(PICTURE);
    }

    @Test
    void anotherTenantsChannelIsNotFound() {
        given().auth()
                .oauth2(TestTokens.admin("t-" + UUID.randomUUID()))
                .get(path(channel.channelId(), mediaId))
                .then()
                .statusCode(404);
    }

    @Test
    void mediaMetaDoesNotKnowIsAClearNotFoundProblem() {
        given().auth()
                .oauth2(channel.adminToken())
                .get(path(channel.channelId(), "9999999999"))
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("whatsapp-media-not-found"))
                .body("detail", containsString("9999999999"));
    }

    @Test
    void anotherNumbersMediaIsNotHandedOut() {
        Registrations.Registered other = Registrations.freshChannel();
        String othersMedia = Simulator.client().addWhatsAppMedia(other.number().phoneNumberId(), PICTURE, "image/jpeg");

        given().auth()
                .oauth2(channel.adminToken())
                .get(path(channel.channelId(), othersMedia))
                .then()
                .statusCode(404);
    }

    @Test
    void withoutATokenNothingIsHandedOut() {
        given().get(path(channel.channelId(), mediaId)).then().statusCode(401);
    }

    private static String path(String channelId, String mediaId) {
        return "/api/v1/channels/whatsapp/" + channelId + "/media/" + mediaId;
    }
}
