package io.switchboard.whatsapp.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Simulator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The business profile, read from and written to Meta; WhatsApp's limits are checked before Meta is called. */
@QuarkusTest
class BusinessProfileTests {

    private Registrations.Registered channel;

    @BeforeEach
    void aRegisteredChannel() {
        channel = Registrations.freshChannel();
    }

    @Test
    void anUpdateIsWrittenToMetaAndReadBack() {
        given().auth()
                .oauth2(channel.adminToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "about", "Fresh pastries every morning",
                        "email", "ciao@pasticceria.example",
                        "websites", List.of("https://pasticceria.example"),
                        "vertical", "RESTAURANT"))
                .patch(path())
                .then()
                .statusCode(200)
                .body("about", equalTo("Fresh pastries every morning"))
                .body("vertical", equalTo("RESTAURANT"));

        given().auth()
                .oauth2(TestTokens.agent(channel.tenantId()))
                .get(path())
                .then()
                .statusCode(200)
                .body("email", equalTo("ciao@pasticceria.example"))
                .body("websites", hasItem("https://pasticceria.example"));
        assertThat(Simulator.client()
                        .requests("whatsapp", channel.number().phoneNumberId() + "/whatsapp_business_profile"))
                .anySatisfy(
                        request -> assertThat(request.path("method").asText()).isEqualTo("POST"));
    }

    @Test
    void anAboutTextOverTheLimitIsRefusedBeforeMetaIsCalled() {
        given().auth()
                .oauth2(channel.adminToken())
                .contentType(ContentType.JSON)
                .body(Map.of("about", "x".repeat(140)))
                .patch(path())
                .then()
                .statusCode(400)
                .body(containsString("about"));

        assertThat(Simulator.client()
                        .requests("whatsapp", channel.number().phoneNumberId() + "/whatsapp_business_profile"))
                .isEmpty();
    }

    @Test
    void threeWebsitesAreRefused() {
        given().auth()
                .oauth2(channel.adminToken())
                .contentType(ContentType.JSON)
                .body(Map.of("websites", List.of("https://a.example", "https://b.example", "https://c.example")))
                .patch(path())
                .then()
                .statusCode(400)
                .body(containsString("at most 2 websites"));
    }

    @Test
    void aVerticalMetaDoesNotKnowIsRefused() {
        given().auth()
                .oauth2(channel.adminToken())
                .contentType(ContentType.JSON)
                .body(Map.of("vertical", "BAKERY"))
                .patch(path())
                .then()
                .statusCode(400)
                .body(containsString("RESTAURANT"));
    }

    @Test
    void agentsMayReadButNotChangeTheProfile() {
        given().auth()
                .oauth2(TestTokens.agent(channel.tenantId()))
                .contentType(ContentType.JSON)
                .body(Map.of("about", "Hi"))
                .patch(path())
                .then()
                .statusCode(403);
    }

    @Test
    void anotherTenantsChannelHasNoProfile() {
        given().auth()
                .oauth2(TestTokens.admin("t-" + UUID.randomUUID()))
                .get(path())
                .then()
                .statusCode(404);
    }

    private String path() {
        return "/api/v1/channels/whatsapp/" + channel.channelId() + "/profile";
    }
}
