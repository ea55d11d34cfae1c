package io.switchboard.telegram.kafkadown;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.switchboard.telegram.entity.ChannelMode;
import io.switchboard.telegram.service.Pollers;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.StoredChannelFixtures;
import io.switchboard.telegram.support.StoredChannels;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.TelegramBot;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Nothing accepted is lost: without Kafka's acknowledgement nothing is confirmed to Telegram or kept. */
@QuarkusTest
@TestProfile(KafkaDownProfile.class)
class KafkaDownTests {

    @TestHTTPResource("/")
    URL app;

    @Inject
    StoredChannelFixtures fixtures;

    @Inject
    StoredChannels stored;

    @Inject
    Pollers pollers;

    @Test
    void aWebhookIsAnswered503SoTelegramRetriesAndTheUpdateIsNotMarkedProcessed() {
        TelegramBot bot = Channels.newBot();
        String channelId = fixtures.create(Channels.newTenant(), bot, ChannelMode.WEBHOOK);
        ObjectNode update = (ObjectNode) JsonHttp.json(Fixtures.text("updates/message-text.json"));
        update.put("update_id", 905200001);

        given().header("X-Telegram-Bot-Api-Secret-Token", stored.webhookSecret(channelId))
                .contentType(ContentType.JSON)
                .body(update.toString())
                .post("/webhooks/telegram/" + channelId)
                .then()
                .statusCode(503)
                .contentType("application/problem+json");

        assertThat(stored.isProcessed(bot.id(), 905200001)).isFalse();
    }

    @Test
    void aPolledUpdateStaysAtTelegramAndTheOffsetDoesNotMove() {
        TelegramBot bot = Channels.newBot();
        String channelId = fixtures.create(Channels.newTenant(), bot, ChannelMode.POLLING);
        long updateId = Channels.simulator()
                .telegramUserWrites(bot.id(), 7012345678L, "Giulia", "ci siete?")
                .get("updateId")
                .asLong();

        pollers.start(channelId);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !Channels.simulator()
                        .requests("telegram", "/bot" + bot.id() + ":***/getUpdates")
                        .isEmpty());
        await().during(Duration.ofSeconds(10))
                .atMost(Duration.ofSeconds(20))
                .until(() -> stored.nextOffset(bot.id()) == 0 && !stored.isProcessed(bot.id(), updateId));
        assertThat(Channels.simulator()
                        .telegramBot(bot.id())
                        .get("pendingUpdateCount")
                        .asInt())
                .isEqualTo(1);
        pollers.stop(channelId);
    }

    @Test
    void aRegistrationTheDirectoryDoesNotConfirmIsAnswered503AndNotKept() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String url = app.toString();

        Channels.register(tenant, bot, "WEBHOOK", url.substring(0, url.length() - 1))
                .then()
                .statusCode(503);

        given().auth()
                .oauth2(TestTokens.admin(tenant))
                .get(Channels.API)
                .then()
                .statusCode(200)
                .body("$", empty());
        assertThat(Channels.simulator().telegramBot(bot.id()).path("webhookUrl").asText(""))
                .isEmpty();
    }
}
