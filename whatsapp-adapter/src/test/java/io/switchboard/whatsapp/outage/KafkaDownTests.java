package io.switchboard.whatsapp.outage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.switchboard.contract.Topics;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Signatures;
import io.switchboard.whatsapp.support.Simulator;
import io.switchboard.whatsapp.support.TestChannels;
import io.switchboard.whatsapp.support.TopicReader;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Without Kafka nothing is acknowledged: Meta gets a 503 and retries, a tenant's change is not kept. */
@QuarkusTest
@TestProfile(KafkaDownProfile.class)
class KafkaDownTests {

    @Inject
    TestChannels channels;

    @Test
    void aWebhookIsAnswered503AndNothingIsPublished() {
        TestChannels.Channel channel = channels.create();

        deliver(channel, Fixtures.text("webhooks/text.json")).statusCode(503).contentType("application/problem+json");

        assertThat(publishedFor(channel)).isZero();
    }

    @Test
    void aWebhookWithSeveralEventsIsAnswered503AndNoneIsPublished() {
        TestChannels.Channel channel = channels.create();

        deliver(channel, Fixtures.text("webhooks/batch-two-messages-and-status.json"))
                .statusCode(503);

        assertThat(publishedFor(channel)).isZero();
    }

    @Test
    void aRegistrationIsAnswered503AndNotKept() {
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Rossi");
        Simulator.client().addWhatsAppNumber(number);
        String tenant = "t-" + UUID.randomUUID();

        given().auth()
                .oauth2(TestTokens.admin(tenant))
                .contentType(ContentType.JSON)
                .body(Registrations.body(number, number.accessToken(), "verify-me"))
                .post("/api/v1/channels/whatsapp")
                .then()
                .statusCode(503)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(TestTokens.admin(tenant))
                .get("/api/v1/channels/whatsapp")
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    private static ValidatableResponse deliver(TestChannels.Channel channel, String body) {
        return given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", Signatures.sign(body, channel.appSecret()))
                .body(body)
                .post(channel.webhookPath())
                .then();
    }

    private static int publishedFor(TestChannels.Channel channel) {
        return TopicReader.readToEnd(
                        Topics.INBOUND,
                        InboundEvent.class,
                        event -> event.header().channelId().equals(channel.id().toString()))
                .size();
    }
}
