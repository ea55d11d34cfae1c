package io.switchboard.whatsapp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Topics;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.whatsapp.support.Signatures;
import io.switchboard.whatsapp.support.TestChannels;
import io.switchboard.whatsapp.support.TopicReader;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookSignatureRulesTests {

    @Inject
    TestChannels channels;

    @Test
    void aBodySignedWithTheAppSecretIsAccepted() {
        TestChannels.Channel channel = channels.create();

        Webhook.deliver(channel, Webhook.fixture("text.json")).statusCode(200);
    }

    @Test
    void anUnsignedBodyIsUnauthorizedAndNothingIsPublished() {
        TestChannels.Channel channel = channels.create();

        Webhook.deliverSigned(channel, Webhook.fixture("text.json"), null)
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("X-Hub-Signature-256"));

        assertThat(publishedFor(channel)).isZero();
    }

    @Test
    void aBodySignedWithAnotherSecretIsUnauthorizedAndNothingIsPublished() {
        TestChannels.Channel channel = channels.create();
        String body = Webhook.fixture("text.json");

        Webhook.deliverSigned(channel, body, Signatures.sign(body, "someone-elses-secret-0000000000"))
                .statusCode(401);

        assertThat(publishedFor(channel)).isZero();
    }

    @Test
    void theReplacedSecretIsStillAcceptedDuringTheGracePeriod() {
        TestChannels.Channel before = channels.create();
        channels.rotateAppSecret(before, Instant.now().plus(Duration.ofHours(1)));
        String body = Webhook.fixture("text.json");

        Webhook.deliverSigned(before, body, Signatures.sign(body, before.appSecret()))
                .statusCode(200);
    }

    @Test
    void theReplacedSecretIsRefusedAfterTheGracePeriod() {
        TestChannels.Channel before = channels.create();
        channels.rotateAppSecret(before, Instant.now().minus(Duration.ofMinutes(1)));
        String body = Webhook.fixture("text.json");

        Webhook.deliverSigned(before, body, Signatures.sign(body, before.appSecret()))
                .statusCode(401);
    }

    @Test
    void theNewSecretIsAcceptedRightAfterARotation() {
        TestChannels.Channel rotated =
                channels.rotateAppSecret(channels.create(), Instant.now().plus(Duration.ofHours(1)));

        Webhook.deliver(rotated, Webhook.fixture("text.json")).statusCode(200);
    }

    @Test
    void aRemovedChannelsWebhookIsNotFound() {
        TestChannels.Channel channel = channels.create();
        channels.remove(channel);

        Webhook.deliver(channel, Webhook.fixture("text.json")).statusCode(404);
    }

    private static int publishedFor(TestChannels.Channel channel) {
        return TopicReader.readToEnd(
                        Topics.INBOUND,
                        InboundEvent.class,
                        event -> event.header().channelId().equals(channel.id().toString()))
                .size();
    }
}
