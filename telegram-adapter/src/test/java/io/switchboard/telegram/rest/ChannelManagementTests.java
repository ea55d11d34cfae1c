package io.switchboard.telegram.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.StoredChannels;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.simulator.TelegramBot;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChannelManagementTests {

    @TestHTTPResource("/")
    URL app;

    @Inject
    StoredChannels stored;

    @Test
    void aTenantListsItsOwnChannelsOnly() {
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, Channels.newBot());
        Channels.registerPolling(Channels.newTenant(), Channels.newBot());

        given().auth()
                .oauth2(TestTokens.admin(tenant))
                .get(Channels.API)
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("channelId", hasItem(channelId));
    }

    @Test
    void aChannelIsReadByItsId() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);

        given().auth()
                .oauth2(TestTokens.admin(tenant))
                .get(Channels.API + "/" + channelId)
                .then()
                .statusCode(200)
                .body("username", equalTo(bot.username()))
                .body("mode", equalTo("POLLING"));
    }

    @Test
    void anotherTenantsChannelIsNotFoundForReadingChangingOrRemoving() {
        String channelId = Channels.registerPolling(Channels.newTenant(), Channels.newBot());
        String stranger = TestTokens.admin(Channels.newTenant());

        given().auth()
                .oauth2(stranger)
                .get(Channels.API + "/" + channelId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .contentType(ContentType.JSON)
                .body(Map.of("mode", "POLLING"))
                .patch(Channels.API + "/" + channelId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .delete(Channels.API + "/" + channelId)
                .then()
                .statusCode(404);
    }

    @Test
    void switchingFromWebhookToPollingDeletesTheWebhook() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerWebhook(tenant, bot, baseUrl());

        patch(tenant, channelId, Map.of("mode", "POLLING"))
                .then()
                .statusCode(200)
                .body("mode", equalTo("POLLING"))
                .body("webhookUrl", equalTo(null));

        assertThat(Channels.simulator().telegramBot(bot.id()).path("webhookUrl").asText(""))
                .isEmpty();
        assertThat(Channels.simulator().requests("telegram", "/bot" + bot.id() + ":***/deleteWebhook"))
                .isNotEmpty();
    }

    @Test
    void switchingFromPollingToWebhookSetsAWebhookWithANewSecret() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);

        patch(tenant, channelId, Map.of("mode", "WEBHOOK", "publicBaseUrl", baseUrl()))
                .then()
                .statusCode(200)
                .body("webhookUrl", equalTo(baseUrl() + "/webhooks/telegram/" + channelId));

        assertThat(Channels.simulator()
                        .telegramBot(bot.id())
                        .get("hasSecretToken")
                        .asBoolean())
                .isTrue();
        assertThat(stored.webhookSecret(channelId)).isNotBlank();
    }

    @Test
    void aRotatedTokenOfTheSameBotIsValidatedAndAnnounced() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);
        // BotFather's /revoke: same bot, new secret part.
        TelegramBot rotated =
                new TelegramBot(bot.id() + ":BBrotated" + "x".repeat(26), bot.username(), bot.firstName(), true, false);
        Channels.simulator().addTelegramBot(rotated);

        try (TopicWatcher directory = TopicWatcher.fromNow(Topics.CHANNELS)) {
            patch(tenant, channelId, Map.of("botToken", rotated.token()))
                    .then()
                    .statusCode(200)
                    .body("health", equalTo("HEALTHY"));

            ChannelEvent event = ContractJson.fromBytes(
                    directory.await(TopicWatcher.keyIs(channelId), 1).get(0).value(), ChannelEvent.class);
            assertThat(event.change()).isEqualTo(ChannelChange.UPDATED);
        }
        assertThat(Channels.simulator().requests("telegram", "/bot" + bot.id() + ":***/getMe"))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aTokenOfAnotherBotIsRefused() {
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, Channels.newBot());
        TelegramBot other = Channels.newBot();

        patch(tenant, channelId, Map.of("botToken", other.token()))
                .then()
                .statusCode(422)
                .body("title", equalTo("The token belongs to another bot"));
    }

    @Test
    void removingAChannelDeletesItsWebhookAnnouncesItAndStopsIntake() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerWebhook(tenant, bot, baseUrl());
        String secret = stored.webhookSecret(channelId);

        try (TopicWatcher directory = TopicWatcher.fromNow(Topics.CHANNELS)) {
            given().auth()
                    .oauth2(TestTokens.admin(tenant))
                    .delete(Channels.API + "/" + channelId)
                    .then()
                    .statusCode(204);

            ChannelEvent event = ContractJson.fromBytes(
                    directory.await(TopicWatcher.keyIs(channelId), 1).get(0).value(), ChannelEvent.class);
            assertThat(event.change()).isEqualTo(ChannelChange.REMOVED);
        }
        assertThat(Channels.simulator().telegramBot(bot.id()).path("webhookUrl").asText(""))
                .isEmpty();
        given().header("X-Telegram-Bot-Api-Secret-Token", secret)
                .contentType(ContentType.JSON)
                .body(JsonHttp.json("{\"update_id\":1,\"message\":{}}").toString())
                .post("/webhooks/telegram/" + channelId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.admin(tenant))
                .get(Channels.API + "/" + channelId)
                .then()
                .statusCode(404);
    }

    @Test
    void aRemovedBotCanBeRegisteredAgain() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);
        given().auth()
                .oauth2(TestTokens.admin(tenant))
                .delete(Channels.API + "/" + channelId)
                .then()
                .statusCode(204);

        Channels.register(tenant, bot, "POLLING", null).then().statusCode(201);
    }

    @Test
    void aPatchWithNothingToChangeIs400() {
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, Channels.newBot());

        patch(tenant, channelId, Map.of()).then().statusCode(400);
    }

    private static io.restassured.response.Response patch(String tenant, String channelId, Map<String, ?> body) {
        return given().auth()
                .oauth2(TestTokens.admin(tenant))
                .contentType(ContentType.JSON)
                .body(body)
                .patch(Channels.API + "/" + channelId);
    }

    private String baseUrl() {
        String url = app.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
