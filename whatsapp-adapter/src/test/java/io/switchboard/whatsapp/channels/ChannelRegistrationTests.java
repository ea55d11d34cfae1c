package io.switchboard.whatsapp.channels;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Simulator;
import io.switchboard.whatsapp.support.TopicReader;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registration against the simulated Graph API: the token is checked with Meta, secrets never come back. */
@QuarkusTest
class ChannelRegistrationTests {

    private final String tenant = "t-" + UUID.randomUUID();
    private final String verifyToken = "verify-" + UUID.randomUUID();
    private WhatsAppNumber number;

    @Inject
    EntityManager database;

    @BeforeEach
    void numberKnownToMeta() {
        number = WhatsAppNumber.sample("Studio Rossi");
        Simulator.client().addWhatsAppNumber(number);
    }

    @Test
    void aValidRegistrationIsCreatedWithMetasFactsAndTheWebhookUrlButNoSecret() {
        Response response = register(Registrations.body(number, number.accessToken(), verifyToken));

        response.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/channels/whatsapp/"))
                .body("channelId", notNullValue())
                .body("platform", equalTo("WHATSAPP"))
                .body("phoneNumberId", equalTo(number.phoneNumberId()))
                .body("wabaId", equalTo(number.wabaId()))
                .body("displayPhoneNumber", equalTo(number.displayPhoneNumber()))
                .body("verifiedName", equalTo("Studio Rossi"))
                .body("qualityRating", equalTo("GREEN"))
                .body("throughputLevel", equalTo("STANDARD"))
                .body("health", equalTo("HEALTHY"))
                .body("createdAt", notNullValue())
                .body("webhookUrl", endsWith("/webhooks/whatsapp/" + response.path("channelId")));
        assertThat(response.asString())
                .doesNotContain(number.accessToken())
                .doesNotContain(number.appSecret())
                .doesNotContain(verifyToken);
    }

    @Test
    void secretsAreStoredEncryptedNotInPlaintext() {
        String channelId = register(Registrations.body(number, number.accessToken(), verifyToken))
                .then()
                .statusCode(201)
                .extract()
                .path("channelId");

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[])
                database.createNativeQuery("select access_token, app_secret, verify_token from whatsapp_channel"
                                + " where id = cast(?1 as uuid)")
                        .setParameter(1, channelId)
                        .getSingleResult());

        assertThat(stored).allSatisfy(column -> assertThat((String) column).startsWith("v1:"));
        assertThat(String.join(" ", (String) stored[0], (String) stored[1], (String) stored[2]))
                .doesNotContain(number.accessToken())
                .doesNotContain(number.appSecret())
                .doesNotContain(verifyToken);
    }

    @Test
    void theRegistrationIsAnnouncedOnTheChannelDirectoryWithoutSecrets() {
        String channelId = register(Registrations.body(number, number.accessToken(), verifyToken))
                .then()
                .statusCode(201)
                .extract()
                .path("channelId");

        List<TopicReader.Keyed<ChannelEvent>> announced = TopicReader.readToEnd(
                Topics.CHANNELS, ChannelEvent.class, event -> event.channelId().equals(channelId));

        assertThat(announced).hasSize(1);
        ChannelEvent event = announced.get(0).event();
        assertThat(announced.get(0).key()).isEqualTo(channelId);
        assertThat(event.change()).isEqualTo(ChannelChange.REGISTERED);
        assertThat(event.tenantId()).isEqualTo(tenant);
        assertThat(event.displayName()).isEqualTo("Studio Rossi");
        assertThat(event.address()).isEqualTo(number.displayPhoneNumber());
        assertThat(event.health()).isEqualTo(ChannelHealth.HEALTHY);
        assertThat(event.properties())
                .containsEntry("phoneNumberId", number.phoneNumberId())
                .containsEntry("wabaId", number.wabaId())
                .containsEntry("qualityRating", "GREEN")
                .containsEntry("throughputLevel", "STANDARD");
        assertThat(ContractJson.toJson(event))
                .doesNotContain(number.accessToken())
                .doesNotContain(number.appSecret())
                .doesNotContain(verifyToken);
    }

    @Test
    void aTokenMetaRefusesIsUnprocessableWithTheGraphError() {
        register(Registrations.body(number, "EAAG-not-the-token", verifyToken))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("190"));

        assertThat(listed()).isEmpty();
    }

    @Test
    void aNumberMetaDoesNotKnowIsUnprocessableWithTheGraphError() {
        WhatsAppNumber unknown = new WhatsAppNumber(
                "9" + number.phoneNumberId(),
                number.wabaId(),
                number.displayPhoneNumber(),
                number.verifiedName(),
                number.accessToken(),
                number.appSecret());

        register(Registrations.body(unknown, number.accessToken(), verifyToken))
                .then()
                .statusCode(422)
                .body("detail", containsString("100"));
    }

    @Test
    void aNumberTheTenantRegisteredAlreadyIsAConflict() {
        register(Registrations.body(number, number.accessToken(), verifyToken))
                .then()
                .statusCode(201);

        register(Registrations.body(number, number.accessToken(), verifyToken))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        assertThat(listed()).hasSize(1);
    }

    @Test
    void missingAndMalformedFieldsAreNamed() {
        var body = Registrations.body(number, number.accessToken(), verifyToken);
        body.put("phoneNumberId", "+39 02 1234");
        body.remove("appSecret");

        register(body).then().statusCode(400).body("errors.field", hasItems("phoneNumberId", "appSecret"));
    }

    @Test
    void anAgentMayNotRegisterChannels() {
        given().auth()
                .oauth2(TestTokens.agent(tenant))
                .contentType(ContentType.JSON)
                .body(Registrations.body(number, number.accessToken(), verifyToken))
                .post("/api/v1/channels/whatsapp")
                .then()
                .statusCode(403);
    }

    @Test
    void withoutATokenNothingIsRegistered() {
        given().contentType(ContentType.JSON)
                .body(Registrations.body(number, number.accessToken(), verifyToken))
                .post("/api/v1/channels/whatsapp")
                .then()
                .statusCode(401);
    }

    private Response register(Object body) {
        return given().auth()
                .oauth2(TestTokens.admin(tenant))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/channels/whatsapp");
    }

    private List<Object> listed() {
        return given().auth()
                .oauth2(TestTokens.admin(tenant))
                .get("/api/v1/channels/whatsapp")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }
}
