package io.switchboard.whatsapp.channels;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.repository.ChannelRepository;
import io.switchboard.whatsapp.service.ChannelReannouncer;
import io.switchboard.whatsapp.support.Signatures;
import io.switchboard.whatsapp.support.TestChannels;
import io.switchboard.whatsapp.support.TopicReader;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secret rotation, removal and re-announcement, each announced on the channel directory. */
@QuarkusTest
class ChannelLifecycleTests {

    private static final String NEW_SECRET = "5f4dcc3b5aa765d61d8327deb882cf99";

    @Inject
    TestChannels channels;

    @Inject
    ChannelRepository repository;

    @Inject
    ChannelReannouncer reannouncer;

    @Test
    void aRotatedAppSecretSignsFromNowWhileTheOldOneStillVerifiesForTheGracePeriod() {
        TestChannels.Channel channel = channels.create();

        patch(channel, Map.of("appSecret", NEW_SECRET))
                .then()
                .statusCode(200)
                .body("previousAppSecretValidUntil", notNullValue());

        String body = Fixtures.text("webhooks/text.json");
        deliver(channel, body, Signatures.sign(body, NEW_SECRET)).then().statusCode(200);
        deliver(channel, body, Signatures.sign(body, channel.appSecret()))
                .then()
                .statusCode(200);
        Instant graceEnd = QuarkusTransaction.requiringNew()
                .call(() -> repository.findById(channel.id()).previousAppSecretValidUntil);
        assertThat(graceEnd)
                .isBetween(
                        Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
    }

    @Test
    void aChangeIsAnnouncedAsUpdated() {
        TestChannels.Channel channel = channels.create();

        patch(channel, Map.of("verifyToken", "a-new-verify-token")).then().statusCode(200);

        assertThat(announced(channel)).extracting(ChannelEvent::change).containsExactly(ChannelChange.UPDATED);
        given().queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", "a-new-verify-token")
                .queryParam("hub.challenge", "42")
                .get(channel.webhookPath())
                .then()
                .statusCode(200)
                .body(equalTo("42"));
    }

    @Test
    void aTenantMayPaceItsNumberItself() {
        TestChannels.Channel channel = channels.create();

        patch(channel, Map.of("messagesPerSecond", 10)).then().statusCode(200).body("messagesPerSecond", equalTo(10));
        patch(channel, Map.of("messagesPerSecond", 0)).then().statusCode(400);
    }

    @Test
    void aChangeOfNothingIsABadRequest() {
        TestChannels.Channel channel = channels.create();

        patch(channel, Map.of()).then().statusCode(400);
    }

    @Test
    void aRemovedChannelIsGoneStopsIntakeForgetsItsSecretsAndIsAnnounced() {
        TestChannels.Channel channel = channels.create();

        given().auth()
                .oauth2(TestTokens.admin(channel.tenantId()))
                .delete("/api/v1/channels/whatsapp/" + channel.id())
                .then()
                .statusCode(204);

        given().auth()
                .oauth2(TestTokens.admin(channel.tenantId()))
                .get("/api/v1/channels/whatsapp/" + channel.id())
                .then()
                .statusCode(404);
        String body = Fixtures.text("webhooks/text.json");
        deliver(channel, body, Signatures.sign(body, channel.appSecret()))
                .then()
                .statusCode(404);
        WhatsAppChannel row = QuarkusTransaction.requiringNew().call(() -> repository.findById(channel.id()));
        assertThat(row.accessToken).isNull();
        assertThat(row.appSecret).isNull();
        assertThat(announced(channel)).extracting(ChannelEvent::change).containsExactly(ChannelChange.REMOVED);
    }

    @Test
    void reannouncingPublishesEveryChannelsCurrentState() {
        TestChannels.Channel channel = channels.create();

        reannouncer.reannounceAll();

        List<ChannelEvent> events = announced(channel);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).change()).isEqualTo(ChannelChange.UPDATED);
        assertThat(events.get(0).tenantId()).isEqualTo(channel.tenantId());
    }

    private static Response patch(TestChannels.Channel channel, Map<String, ?> body) {
        return given().auth()
                .oauth2(TestTokens.admin(channel.tenantId()))
                .contentType(ContentType.JSON)
                .body(body)
                .patch("/api/v1/channels/whatsapp/" + channel.id());
    }

    private static Response deliver(TestChannels.Channel channel, String body, String signature) {
        return given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", signature)
                .body(body)
                .post(channel.webhookPath());
    }

    private static List<ChannelEvent> announced(TestChannels.Channel channel) {
        return TopicReader.readToEnd(
                        Topics.CHANNELS,
                        ChannelEvent.class,
                        event -> event.channelId().equals(channel.id().toString()))
                .stream()
                .map(TopicReader.Keyed::event)
                .toList();
    }
}
