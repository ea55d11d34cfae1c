package io.switchboard.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.telegram.support.Channels;
import io.switchboard.telegram.support.Commands;
import io.switchboard.telegram.support.Receipts;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every outbound kind Telegram offers reaches the Bot API in its exact shape and is reported SENT. */
@QuarkusTest
class OutboundKindsTests {

    private static final long CHAT = 7012345678L;

    @Test
    void aLinkButtonIsSentWithAUrlButton() {
        Sent sent = send(new OutboundContent.LinkButton(
                "Prenota online", null, null, "Prenota", "https://rossi.example/prenota"));

        JsonNode body = sent.only("sendMessage");
        assertThat(body.at("/reply_markup/inline_keyboard/0/0/url").asText())
                .isEqualTo("https://rossi.example/prenota");
        assertThat(body.at("/reply_markup/inline_keyboard/0/0/text").asText()).isEqualTo("Prenota");
        assertThat(sent.receipt().state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void anAlbumIsSentWithSendMediaGroupAndReportedWithItsFirstMessage() {
        Sent sent = send(new OutboundContent.MediaGroup(List.of(
                new OutboundContent.Media(MediaKind.IMAGE, "https://rossi.example/1.jpg", null, "Prima e dopo", null),
                new OutboundContent.Media(MediaKind.IMAGE, "https://rossi.example/2.jpg", null, null, null))));

        JsonNode body = sent.only("sendMediaGroup");
        assertThat(body.at("/media/0/type").asText()).isEqualTo("photo");
        assertThat(body.at("/media/0/caption").asText()).isEqualTo("Prima e dopo");
        assertThat(body.at("/media/1/media").asText()).isEqualTo("https://rossi.example/2.jpg");
        JsonNode album = sent.result("sendMediaGroup");
        assertThat(sent.receipt().state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.receipt().platformMessageId())
                .isEqualTo(album.get(0).get("message_id").asText());
    }

    @Test
    void anEditChangesTheTextOfAMessageSentBefore() {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, bot);
        String messageId = Receipts.of(Commands.to(tenant, channelId, CHAT, OutboundContent.Text.of("Aperti 9-18")))
                .platformMessageId();

        DeliveryReceipt receipt =
                Receipts.of(Commands.to(tenant, channelId, CHAT, new OutboundContent.Edit(messageId, "Aperti 9-19")));

        JsonNode body = body(Commands.sent(bot, "editMessageText").get(0));
        assertThat(body.get("chat_id").asLong()).isEqualTo(CHAT);
        assertThat(body.get("message_id").asText()).isEqualTo(messageId);
        assertThat(body.get("text").asText()).isEqualTo("Aperti 9-19");
        assertThat(receipt.state()).isEqualTo(DeliveryState.SENT);
        assertThat(receipt.platformMessageId()).isEqualTo(messageId);
    }

    @Test
    void aDeleteRemovesAMessageSentBefore() {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, bot);
        String messageId = Receipts.of(Commands.to(tenant, channelId, CHAT, OutboundContent.Text.of("Promo scaduta")))
                .platformMessageId();

        DeliveryReceipt receipt =
                Receipts.of(Commands.to(tenant, channelId, CHAT, new OutboundContent.Delete(messageId)));

        JsonNode body = body(Commands.sent(bot, "deleteMessage").get(0));
        assertThat(body.get("message_id").asText()).isEqualTo(messageId);
        assertThat(receipt.state()).isEqualTo(DeliveryState.SENT);
        assertThat(receipt.platformMessageId()).isEqualTo(messageId);
    }

    @Test
    void deletingAMessageTelegramDoesNotHaveFailsWithItsWords() {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, bot);

        DeliveryReceipt receipt =
                Receipts.of(Commands.to(tenant, channelId, CHAT, new OutboundContent.Delete("999999")));

        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("400");
        assertThat(receipt.error().title()).contains("message to delete not found");
    }

    @Test
    void aTypingIndicatorIsTheTypingChatAction() {
        Sent sent = send(new OutboundContent.TypingIndicator("4412"));

        assertThat(sent.only("sendChatAction").get("action").asText()).isEqualTo("typing");
        assertThat(sent.receipt().state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void aLocationIsSentWithSendLocation() {
        Sent sent = send(new OutboundContent.Location(45.4642, 9.19, null, null));

        JsonNode body = sent.only("sendLocation");
        assertThat(body.get("latitude").asDouble()).isEqualTo(45.4642);
        assertThat(sent.receipt().state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void eachContactCardIsOneSendContact() {
        Sent sent = send(new OutboundContent.Contacts(List.of(
                new ContactCard("Studio Rossi", List.of("+39021234567"), List.of(), null),
                new ContactCard("Anna Rossi", List.of("+393331234567"), List.of(), null))));

        List<JsonNode> requests = Commands.sent(sent.bot(), "sendContact");
        assertThat(requests).hasSize(2);
        assertThat(body(requests.get(1)).get("first_name").asText()).isEqualTo("Anna Rossi");
        assertThat(sent.receipt().platformMessageId())
                .isEqualTo(JsonHttp.json(requests.get(0).get("responseBody").asText())
                        .at("/result/message_id")
                        .asText());
    }

    @Test
    void readReceiptsAreReportedFailedWithoutAskingTelegram() {
        Sent sent = send(new OutboundContent.MarkAsRead("4412"));

        assertThat(sent.receipt().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(sent.receipt().error().title()).isEqualTo("Telegram has no read receipts for bots");
        assertThat(Commands.sent(sent.bot(), "send")).isEmpty();
    }

    private static Sent send(OutboundContent content) {
        TelegramBot bot = Channels.newBot();
        String tenant = Channels.newTenant();
        String channelId = Channels.registerPolling(tenant, bot);
        DeliveryReceipt receipt = Receipts.of(Commands.to(tenant, channelId, CHAT, content));
        return new Sent(bot, receipt);
    }

    static JsonNode body(JsonNode request) {
        return JsonHttp.json(request.get("body").asText());
    }

    /** A command's receipt and what its bot asked the Bot API. */
    private record Sent(TelegramBot bot, DeliveryReceipt receipt) {

        JsonNode only(String method) {
            List<JsonNode> requests = Commands.sent(bot, method);
            assertThat(requests).hasSize(1);
            return body(requests.get(0));
        }

        JsonNode result(String method) {
            return JsonHttp.json(Commands.sent(bot, method)
                            .get(0)
                            .get("responseBody")
                            .asText())
                    .get("result");
        }
    }
}
