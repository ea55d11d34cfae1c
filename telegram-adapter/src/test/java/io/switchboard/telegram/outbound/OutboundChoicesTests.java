package io.switchboard.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Topics;
import io.switchboard.contract.inbound.ChoiceSelected;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.Commands;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.telegram.support.TopicWriter;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboundChoicesTests {

    private static final long CHAT = 7012345678L;
    private static final String LONG_ID = "service:complete-renovation-with-design-and-permits:2026-spring-offer";

    @TestHTTPResource("/")
    URL app;

    @Test
    void choicesBecomeAnInlineKeyboardInTheBotApisShape() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);

        sendChoices(tenant, channelId);

        JsonNode body = JsonHttp.json(
                Commands.sent(bot, "sendMessage").get(0).get("body").asText());
        assertThat(body.get("text").asText()).isEqualTo("<b>Studio Rossi</b>\n\nCome posso aiutarti?");
        JsonNode keyboard = body.get("reply_markup").get("inline_keyboard");
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0).get(0).get("text").asText()).isEqualTo("Prenota");
        assertThat(keyboard.get(0).get(0).get("callback_data").asText()).isEqualTo("c:book");
        assertThat(keyboard.get(1).get(0).get("text").asText()).isEqualTo("Ristrutturazione completa");
        assertThat(keyboard.get(1).get(0).get("callback_data").asText())
                .startsWith("k:")
                .hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void pressingAButtonWithALongChoiceIdGivesTheGatewayTheOriginalId() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String url = app.toString();
        String channelId = Channels.registerWebhook(tenant, bot, url.substring(0, url.length() - 1));
        sendChoices(tenant, channelId);
        JsonNode sent = JsonHttp.json(Commands.sent(bot, "sendMessage")
                        .get(0)
                        .get("responseBody")
                        .asText())
                .get("result");

        try (TopicWatcher inbound = TopicWatcher.fromNow(Topics.INBOUND)) {
            Channels.simulator().telegramUpdate(bot.id(), buttonPress(sent, 1));

            ChoiceSelected choice =
                    (ChoiceSelected) inbound.awaitEvents(InboundEvent.class, TopicWatcher.keyStartsWith(tenant), 1)
                            .get(0);
            assertThat(choice.choiceId()).isEqualTo(LONG_ID);
            assertThat(choice.title()).isEqualTo("Ristrutturazione completa");
            assertThat(choice.contextPlatformMessageId())
                    .isEqualTo(sent.get("message_id").asText());
        }
    }

    private static void sendChoices(String tenant, String channelId) {
        OutboundContent.Choices choices = new OutboundContent.Choices(
                "Come posso aiutarti?",
                "Studio Rossi",
                null,
                ChoiceStyle.BUTTONS,
                null,
                List.of(Choice.of("book", "Prenota"), Choice.of(LONG_ID, "Ristrutturazione completa")));
        try (TopicWatcher receipts = TopicWatcher.fromNow(Topics.DELIVERY)) {
            TopicWriter.send(Commands.to(tenant, channelId, CHAT, choices));
            receipts.await(TopicWatcher.keyIs(channelId), 1);
        }
    }

    /** The callback query Telegram sends when the customer presses button {@code row} under {@code message}. */
    private static JsonNode buttonPress(JsonNode message, int row) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode from = json.objectNode().put("id", CHAT).put("is_bot", false).put("first_name", "Giulia");
        ObjectNode query = json.objectNode()
                .put("id", "438223901234567" + System.nanoTime() % 10_000)
                .put("chat_instance", "-8123456789012345678")
                .put(
                        "data",
                        message.get("reply_markup")
                                .get("inline_keyboard")
                                .get(row)
                                .get(0)
                                .get("callback_data")
                                .asText());
        query.set("from", from);
        query.set("message", message);
        ObjectNode update = json.objectNode();
        update.set("callback_query", query);
        return update;
    }
}
