package io.switchboard.gateway.flow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.gateway.Operator;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.kafka.KafkaTestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The adapters' announcements become the tenant's channel list. */
@QuarkusTest
class ChannelDirectoryTests {

    @Test
    void anAnnouncedChannelIsListedWithItsHealthAndDisappearsWhenRemoved() {
        String tenant = Operator.newTenant();
        String channelId = UUID.randomUUID().toString();
        String agent = TestTokens.agent(tenant);
        try (KafkaTestClient kafka = KafkaTestClient.forTestApplication()) {
            kafka.publish(
                    Topics.CHANNELS,
                    channelId,
                    event(ChannelChange.REGISTERED, channelId, tenant, ChannelHealth.HEALTHY, null));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(agent)
                            .get("/api/v1/channels")
                            .then()
                            .body("$", hasSize(1))
                            .body("[0].address", equalTo("@studio_rossi_bot"))
                            .body("[0].health", equalTo("HEALTHY")));

            kafka.publish(
                    Topics.CHANNELS,
                    channelId,
                    event(
                            ChannelChange.UPDATED,
                            channelId,
                            tenant,
                            ChannelHealth.UNHEALTHY,
                            "Another poller is using this bot (409 Conflict)."));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(agent)
                            .get("/api/v1/channels")
                            .then()
                            .body("[0].health", equalTo("UNHEALTHY"))
                            .body("[0].healthDetail", equalTo("Another poller is using this bot (409 Conflict).")));

            kafka.publish(
                    Topics.CHANNELS,
                    channelId,
                    event(ChannelChange.UPDATED, channelId, tenant, ChannelHealth.HEALTHY, null)
                            .withLastError(
                                    new PlatformError(
                                            "131042", "Business eligibility payment issue", "Add a payment method."),
                                    Instant.parse("2026-12-01T09:30:00Z")));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(agent)
                            .get("/api/v1/channels")
                            .then()
                            .body("[0].health", equalTo("HEALTHY"))
                            .body("[0].lastError.code", equalTo("131042"))
                            .body("[0].lastError.detail", equalTo("Add a payment method."))
                            .body("[0].lastErrorAt", equalTo("2026-12-01T09:30:00Z")));

            kafka.publish(
                    Topics.CHANNELS,
                    channelId,
                    event(ChannelChange.REMOVED, channelId, tenant, ChannelHealth.HEALTHY, null));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(agent)
                            .get("/api/v1/channels")
                            .then()
                            .body("$", hasSize(0)));
        }
        given().auth()
                .oauth2(TestTokens.agent(Operator.newTenant()))
                .get("/api/v1/channels")
                .then()
                .body("$", hasSize(0));
    }

    private static ChannelEvent event(
            ChannelChange change, String channelId, String tenant, ChannelHealth health, String detail) {
        return ChannelEvent.of(
                change,
                channelId,
                tenant,
                Platform.TELEGRAM,
                "Studio Rossi",
                "@studio_rossi_bot",
                health,
                detail,
                Map.of("mode", "POLLING"));
    }
}
