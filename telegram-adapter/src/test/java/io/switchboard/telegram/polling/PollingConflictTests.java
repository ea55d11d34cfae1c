package io.switchboard.telegram.polling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PollingConflictTests {

    @Test
    void aWebhookSetElsewhereMarksThePollingChannelUnhealthyUntilItIsGone() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        JsonHttp botApi = new JsonHttp(Channels.simulator().baseUrl() + "/bot" + bot.token());
        try (TopicWatcher directory = TopicWatcher.fromNow(Topics.CHANNELS)) {
            String channelId = Channels.registerPolling(tenant, bot);

            // Someone else points the bot at their own webhook: Telegram now refuses getUpdates with 409.
            botApi.post("/setWebhook", Map.of("url", "https://elsewhere.example/hook"), Map.of())
                    .expect(200);

            ChannelEvent unhealthy = directory
                    .await(
                            record -> channelId.equals(record.key())
                                    && ContractJson.fromBytes(record.value(), ChannelEvent.class)
                                                    .health()
                                            == ChannelHealth.UNHEALTHY,
                            1)
                    .stream()
                    .map(record -> ContractJson.fromBytes(record.value(), ChannelEvent.class))
                    .findFirst()
                    .orElseThrow();
            assertThat(unhealthy.healthDetail()).contains("409", "webhook");
            assertThat(health(tenant, channelId)).isEqualTo("UNHEALTHY");

            botApi.post("/deleteWebhook", Map.of(), Map.of()).expect(200);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> health(tenant, channelId).equals("HEALTHY"));
        }
    }

    private static String health(String tenant, String channelId) {
        return given().auth()
                .oauth2(TestTokens.admin(tenant))
                .get(Channels.API + "/" + channelId)
                .then()
                .statusCode(200)
                .extract()
                .path("health");
    }
}
