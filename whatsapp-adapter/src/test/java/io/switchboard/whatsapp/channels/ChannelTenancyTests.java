package io.switchboard.whatsapp.channels;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.whatsapp.support.TestChannels;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A tenant sees and changes only its own channels; another tenant's channel does not exist for it. */
@QuarkusTest
class ChannelTenancyTests {

    @Inject
    TestChannels channels;

    private final String intruder = TestTokens.admin("t-" + UUID.randomUUID());

    @Test
    void aTenantListsOnlyItsOwnChannels() {
        TestChannels.Channel own = channels.create();
        channels.create();

        given().auth()
                .oauth2(TestTokens.admin(own.tenantId()))
                .get("/api/v1/channels/whatsapp")
                .then()
                .statusCode(200)
                .body("channelId", contains(own.id().toString()));
        given().auth().oauth2(intruder).get("/api/v1/channels/whatsapp").then().body("$", empty());
    }

    @Test
    void anotherTenantsChannelIsNotFound() {
        TestChannels.Channel channel = channels.create();

        given().auth().oauth2(intruder).get(path(channel)).then().statusCode(404);
    }

    @Test
    void anotherTenantsChannelCannotBeChanged() {
        TestChannels.Channel channel = channels.create();

        given().auth()
                .oauth2(intruder)
                .contentType(ContentType.JSON)
                .body(Map.of("verifyToken", "mine-now"))
                .patch(path(channel))
                .then()
                .statusCode(404);
    }

    @Test
    void anotherTenantsChannelCannotBeRemoved() {
        TestChannels.Channel channel = channels.create();

        given().auth().oauth2(intruder).delete(path(channel)).then().statusCode(404);
        given().auth()
                .oauth2(TestTokens.admin(channel.tenantId()))
                .get(path(channel))
                .then()
                .statusCode(200);
    }

    @Test
    void aTokenWithoutTenantIsForbidden() {
        given().auth()
                .oauth2(TestTokens.withoutTenant("admin"))
                .get("/api/v1/channels/whatsapp")
                .then()
                .statusCode(403);
    }

    private static String path(TestChannels.Channel channel) {
        return "/api/v1/channels/whatsapp/" + channel.id();
    }
}
