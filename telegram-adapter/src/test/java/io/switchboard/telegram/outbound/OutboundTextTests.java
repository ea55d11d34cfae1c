package io.switchboard.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.Commands;
import io.switchboard.telegram.support.TopicWatcher;
import io.switchboard.telegram.support.TopicWriter;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboundTextTests {

    private static final long CHAT = 7012345678L;

    @Test
    void aTextIsSentInHtmlModeAndReportedSentWithTelegramsMessageId() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);
        OutboundCommand command =
                Commands.to(tenant, channelId, CHAT, OutboundContent.Text.of("Prezzi: 50 € <IVA> & più"));

        try (TopicWatcher receipts = TopicWatcher.fromNow(Topics.DELIVERY)) {
            TopicWriter.send(command);

            DeliveryReceipt receipt = receipts.awaitEvents(DeliveryReceipt.class, TopicWatcher.keyIs(channelId), 1)
                    .get(0);
            JsonNode request = Commands.sent(bot, "sendMessage").get(0);
            JsonNode body = JsonHttp.json(request.get("body").asText());
            assertThat(body.get("chat_id").asLong()).isEqualTo(CHAT);
            assertThat(body.get("text").asText()).isEqualTo("Prezzi: 50 € &lt;IVA&gt; &amp; più");
            assertThat(body.get("parse_mode").asText()).isEqualTo("HTML");
            assertThat(body.get("link_preview_options").get("is_disabled").asBoolean())
                    .isTrue();
            String messageId = JsonHttp.json(request.get("responseBody").asText())
                    .get("result")
                    .get("message_id")
                    .asText();
            assertThat(receipt.messageId()).isEqualTo(command.messageId());
            assertThat(receipt.state()).isEqualTo(DeliveryState.SENT);
            assertThat(receipt.platformMessageId()).isEqualTo(messageId);
        }
    }

    @Test
    void aReplyCarriesReplyParameters() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);
        OutboundCommand command = Commands.replyTo(tenant, channelId, CHAT, "4412", OutboundContent.Text.of("Certo!"));

        try (TopicWatcher receipts = TopicWatcher.fromNow(Topics.DELIVERY)) {
            TopicWriter.send(command);
            receipts.await(TopicWatcher.keyIs(channelId), 1);
        }
        JsonNode body = JsonHttp.json(
                Commands.sent(bot, "sendMessage").get(0).get("body").asText());
        assertThat(body.get("reply_parameters").get("message_id").asLong()).isEqualTo(4412);
    }

    @Test
    void aTextLongerThanTelegramsLimitGoesOutInSeveralMessages() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);
        String body =
                "Questa è una frase del nostro listino completo. ".repeat(150).trim();

        try (TopicWatcher receipts = TopicWatcher.fromNow(Topics.DELIVERY)) {
            TopicWriter.send(Commands.to(tenant, channelId, CHAT, OutboundContent.Text.of(body)));
            DeliveryReceipt receipt = receipts.awaitEvents(DeliveryReceipt.class, TopicWatcher.keyIs(channelId), 1)
                    .get(0);
            assertThat(receipt.state()).isEqualTo(DeliveryState.SENT);
        }
        List<JsonNode> sent = Commands.sent(bot, "sendMessage");
        assertThat(sent).hasSize(2);
        assertThat(sent)
                .allSatisfy(
                        request -> assertThat(JsonHttp.json(request.get("body").asText())
                                        .get("text")
                                        .asText()
                                        .length())
                                .isLessThanOrEqualTo(4096));
    }

    @Test
    void aRedeliveredCommandIsSentOnce() {
        String tenant = Channels.newTenant();
        TelegramBot bot = Channels.newBot();
        String channelId = Channels.registerPolling(tenant, bot);
        OutboundCommand command = Commands.to(tenant, channelId, CHAT, OutboundContent.Text.of("Una volta sola"));

        try (TopicWatcher receipts = TopicWatcher.fromNow(Topics.DELIVERY)) {
            TopicWriter.send(command);
            TopicWriter.send(command);

            List<DeliveryReceipt> both = receipts.awaitEvents(DeliveryReceipt.class, TopicWatcher.keyIs(channelId), 2);
            assertThat(both).extracting(DeliveryReceipt::state).containsOnly(DeliveryState.SENT);
            assertThat(both)
                    .extracting(DeliveryReceipt::platformMessageId)
                    .containsOnly(both.get(0).platformMessageId());
        }
        assertThat(Commands.sent(bot, "sendMessage")).hasSize(1);
    }

    @Test
    void aRecordThatIsNotACommandLandsInTheDeadLetterTopic() {
        String key = "poison-" + System.nanoTime();
        try (TopicWatcher deadLetters = TopicWatcher.fromNow(Topics.deadLetter(Topics.OUTBOUND_TELEGRAM))) {
            TopicWriter.send(Topics.OUTBOUND_TELEGRAM, key, "{not a command".getBytes());

            var record = deadLetters.await(TopicWatcher.keyIs(key), 1).get(0);
            assertThat(record.headers().lastHeader("dead-letter-reason")).isNotNull();
        }
    }
}
