package io.switchboard.telegram.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookRegistrationTests {

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void registeringInWebhookModeSetsTheWebhookWithASecretAndEveryHandledUpdateKind() {
        TelegramBot bot = Channels.newBot();
        Channels.simulator().clearRequests();

        String channelId = Channels.registerWebhook(Channels.newTenant(), bot, baseUrl());

        JsonNode setWebhook = lastRequest(bot, "setWebhook");
        JsonNode body = JsonHttp.json(setWebhook.get("body").asText());
        assertThat(body.get("url").asText()).isEqualTo(baseUrl() + "/webhooks/telegram/" + channelId);
        assertThat(body.get("secret_token").asText()).startsWith("***").hasSize(7);
        assertThat(body.get("max_connections").asInt()).isEqualTo(40);
        List<String> allowed = new ArrayList<>();
        body.get("allowed_updates").forEach(kind -> allowed.add(kind.asText()));
        assertThat(allowed).contains("message", "edited_message", "channel_post", "callback_query", "message_reaction");
        JsonNode simulated = Channels.simulator().telegramBot(bot.id());
        assertThat(simulated.get("webhookUrl").asText()).endsWith("/webhooks/telegram/" + channelId);
        assertThat(simulated.get("hasSecretToken").asBoolean()).isTrue();
    }

    @Test
    void theAnswerDescribesTheBotWithItsWebhookUrlAndNoSecret() {
        TelegramBot bot = Channels.newBot();

        Response answer = Channels.register(Channels.newTenant(), bot, "WEBHOOK", baseUrl());

        answer.then().statusCode(201);
        String channelId = answer.path("channelId");
        assertThat(answer.header("Location")).endsWith(Channels.API + "/" + channelId);
        assertThat((String) answer.path("platform")).isEqualTo("TELEGRAM");
        assertThat(((Number) answer.path("botId")).longValue()).isEqualTo(bot.id());
        assertThat((String) answer.path("username")).isEqualTo(bot.username());
        assertThat((String) answer.path("displayName")).isEqualTo(bot.firstName());
        assertThat((String) answer.path("mode")).isEqualTo("WEBHOOK");
        assertThat((String) answer.path("webhookUrl")).isEqualTo(baseUrl() + "/webhooks/telegram/" + channelId);
        assertThat((Boolean) answer.path("canJoinGroups")).isTrue();
        assertThat((Boolean) answer.path("canReadAllGroupMessages")).isFalse();
        assertThat((String) answer.path("health")).isEqualTo("HEALTHY");
        assertThat((String) answer.path("createdAt")).isNotBlank();
        assertThat(answer.asString()).doesNotContain(secretOf(bot)).doesNotContainIgnoringCase("secret");
    }

    @Test
    void aBotInPrivacyModeComesWithANoticeThatGroupMessagesAreHidden() {
        Response answer = Channels.register(Channels.newTenant(), Channels.newBot(), "WEBHOOK", baseUrl());

        List<String> notices = answer.then().statusCode(201).extract().path("notices");
        assertThat(notices).anySatisfy(notice -> assertThat(notice).contains("Privacy mode", "/setprivacy"));
    }

    @Test
    void theRegistrationIsAnnouncedToTheChannelDirectoryWithoutSecrets() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        try (TopicWatcher directory = TopicWatcher.fromNow(Topics.CHANNELS)) {
            String channelId = Channels.registerWebhook(tenant, bot, baseUrl());

            var record = directory.await(TopicWatcher.keyIs(channelId), 1).get(0);
            ChannelEvent event = ContractJson.fromBytes(record.value(), ChannelEvent.class);
            assertThat(event.change()).isEqualTo(ChannelChange.REGISTERED);
            assertThat(event.tenantId()).isEqualTo(tenant);
            assertThat(event.address()).isEqualTo("@" + bot.username());
            assertThat(event.health()).isEqualTo(ChannelHealth.HEALTHY);
            assertThat(event.properties())
                    .containsEntry("botId", Long.toString(bot.id()))
                    .containsEntry("mode", "WEBHOOK")
                    .containsEntry("canJoinGroups", "true")
                    .containsEntry("canReadAllGroupMessages", "false");
            assertThat(new String(record.value())).doesNotContain(secretOf(bot));
        }
    }

    @Test
    void theDatabaseHoldsTheTokenAndTheWebhookSecretOnlyEncrypted() throws Exception {
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerWebhook(Channels.newTenant(), bot, baseUrl());

        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT bot_token, webhook_secret, c::text AS whole FROM channel c WHERE id = ?")) {
            query.setString(1, channelId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("bot_token")).startsWith("v1:");
                assertThat(row.getString("webhook_secret")).startsWith("v1:");
                assertThat(row.getString("whole")).doesNotContain(secretOf(bot));
            }
        }
    }

    private static String secretOf(TelegramBot bot) {
        return bot.token().substring(bot.token().indexOf(':') + 1);
    }

    private static JsonNode lastRequest(TelegramBot bot, String method) {
        List<JsonNode> requests = Channels.simulator().requests("telegram", "/bot" + bot.id() + ":***/" + method);
        assertThat(requests).as(method + " requests").isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    private String baseUrl() {
        String url = app.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
