package io.switchboard.telegram.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.contract.Topics;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.ChoiceSelected;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.StoredChannels;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookIntakeTests {

    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    @TestHTTPResource("/")
    URL app;

    @Inject
    StoredChannels stored;

    private String tenant;
    private TelegramBot bot;
    private String channelId;

    @BeforeEach
    void registerAWebhookChannel() {
        tenant = Channels.newTenant();
        bot = Channels.newBot();
        String url = app.toString();
        channelId = Channels.registerWebhook(tenant, bot, url.substring(0, url.length() - 1));
    }

    @Test
    void aMessageDeliveredByTelegramIsPublishedForTheGatewayBeforeTheWebhookAnswers200() {
        long userId = userId();
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            JsonNode delivery = Channels.simulator().telegramUserWrites(bot.id(), userId, "Giulia", "Quanto costa?");

            assertThat(delivery.get("delivery").asText()).isEqualTo("webhook");
            assertThat(delivery.get("status").asInt()).isEqualTo(200);
            MessageReceived event = (MessageReceived) inbound.awaitEvents(
                            InboundEvent.class,
                            TopicWatcher.keyIs(Channels.conversationKey(tenant, channelId, userId)),
                            1)
                    .get(0);
            assertThat(event.content()).isEqualTo(new Content.Text("Quanto costa?"));
            assertThat(event.sender().displayName()).isEqualTo("Giulia");
            assertThat(event.sender().language()).isEqualTo("it");
        }
    }

    @Test
    void aWebhookWithoutTheSecretTokenIs401AndPublishesNothing() {
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            given().contentType(ContentType.JSON)
                    .body(update(1))
                    .post(path())
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");

            assertThat(inbound.during(Duration.ofSeconds(2), TopicWatcher.keyStartsWith(tenant)))
                    .isEmpty();
        }
    }

    @Test
    void aWebhookWithAWrongSecretTokenIs401AndPublishesNothing() {
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            given().header(SECRET_HEADER, "not-the-secret-" + "x".repeat(30))
                    .contentType(ContentType.JSON)
                    .body(update(2))
                    .post(path())
                    .then()
                    .statusCode(401);

            assertThat(inbound.during(Duration.ofSeconds(2), TopicWatcher.keyStartsWith(tenant)))
                    .isEmpty();
        }
    }

    @Test
    void aWebhookForAnUnknownChannelIs404() {
        given().header(SECRET_HEADER, stored.webhookSecret(channelId))
                .contentType(ContentType.JSON)
                .body(update(3))
                .post("/webhooks/telegram/no-such-channel")
                .then()
                .statusCode(404);
    }

    @Test
    void anUpdateTelegramRedeliversIsPublishedOnce() {
        String update = update(905100001);
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            postWithSecret(update).then().statusCode(200);
            postWithSecret(update).then().statusCode(200);

            inbound.await(TopicWatcher.keyStartsWith(tenant), 1);
            assertThat(inbound.during(Duration.ofSeconds(2), TopicWatcher.keyStartsWith(tenant)))
                    .hasSize(1);
        }
        assertThat(stored.isProcessed(bot.id(), 905100001)).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        postWithSecret("{not json").then().statusCode(400).body("title", equalTo("Malformed JSON"));
    }

    @Test
    void aButtonPressBecomesAChoiceAndIsAnswered() {
        ObjectNode update = (ObjectNode) JsonHttp.json(Fixtures.text("updates/callback-query.json"));
        update.put("update_id", 905100002);
        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            postWithSecret(update.toString()).then().statusCode(200);

            ChoiceSelected choice =
                    (ChoiceSelected) inbound.awaitEvents(InboundEvent.class, TopicWatcher.keyStartsWith(tenant), 1)
                            .get(0);
            assertThat(choice.choiceId()).isEqualTo("book-consultation");
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !Channels.simulator()
                        .requests("telegram", "/bot" + bot.id() + ":***/answerCallbackQuery")
                        .isEmpty());
    }

    private io.restassured.response.Response postWithSecret(String body) {
        return given().header(SECRET_HEADER, stored.webhookSecret(channelId))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path());
    }

    private String path() {
        return "/webhooks/telegram/" + channelId;
    }

    private static String update(long updateId) {
        ObjectNode update = (ObjectNode) JsonHttp.json(Fixtures.text("updates/message-text.json"));
        update.put("update_id", updateId);
        return update.toString();
    }

    private static long userId() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 9_000_000_000L);
    }
}
