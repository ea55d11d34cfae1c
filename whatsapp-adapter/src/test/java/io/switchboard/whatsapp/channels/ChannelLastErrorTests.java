package io.switchboard.whatsapp.channels;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Signatures;
import io.switchboard.whatsapp.support.TopicReader;
import org.junit.jupiter.api.Test;

/** What Meta reports about the number itself becomes the channel's last error: stored, shown, announced. */
@QuarkusTest
class ChannelLastErrorTests {

    @Test
    void anErrorInAWebhookIsTheChannelsLastErrorAndTheHealthStaysAsItWas() {
        Registrations.Registered channel = Registrations.freshChannel();

        deliver(channel, "errors.json");

        given().auth()
                .oauth2(channel.adminToken())
                .get("/api/v1/channels/whatsapp/" + channel.channelId())
                .then()
                .statusCode(200)
                .body("health", equalTo("HEALTHY"))
                .body("lastError.code", equalTo("131042"))
                .body("lastError.title", equalTo("Business eligibility payment issue"))
                .body("lastErrorAt", equalTo("2025-06-18T19:56:40Z"));
    }

    @Test
    void theLastErrorIsAnnouncedOnTheChannelTopic() {
        Registrations.Registered channel = Registrations.freshChannel();

        deliver(channel, "account-update-restriction.json");

        ChannelEvent event = TopicReader.await(
                        Topics.CHANNELS,
                        ChannelEvent.class,
                        candidate -> candidate.channelId().equals(channel.channelId()) && candidate.lastError() != null,
                        1)
                .get(0)
                .event();
        assertThat(event.change()).isEqualTo(ChannelChange.UPDATED);
        assertThat(event.health()).isEqualTo(ChannelHealth.HEALTHY);
        assertThat(event.lastError().code()).isEqualTo("ACCOUNT_RESTRICTION");
        assertThat(event.lastErrorAt()).isNotNull();
    }

    @Test
    void metasRetryOfTheSameReportIsNotAnnouncedTwice() {
        Registrations.Registered channel = Registrations.freshChannel();

        deliver(channel, "quality-update-flagged.json");
        deliver(channel, "quality-update-flagged.json");

        assertThat(TopicReader.readToEnd(
                        Topics.CHANNELS,
                        ChannelEvent.class,
                        event -> event.channelId().equals(channel.channelId()) && event.lastError() != null))
                .hasSize(1);
    }

    /** The fixtures name Meta's sample number; the channel's own display number takes its place. */
    private static void deliver(Registrations.Registered channel, String fixture) {
        String body = Fixtures.text("webhooks/" + fixture)
                .replace("106540352242922", channel.number().phoneNumberId())
                .replace("15550783881", channel.number().displayPhoneNumber());
        given().contentType("application/json")
                .header(
                        "X-Hub-Signature-256",
                        Signatures.sign(body, channel.number().appSecret()))
                .body(body)
                .post("/webhooks/whatsapp/" + channel.channelId())
                .then()
                .statusCode(200);
    }
}
