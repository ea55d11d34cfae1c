package io.switchboard.whatsapp.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.whatsapp.support.Registrations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Albums become one message per item under one receipt; read receipts and typing create no message. */
@QuarkusTest
class OutboundReadAndGroupTests {

    @Test
    void aMediaGroupIsSentAsOneMessagePerItemInOrderUnderTheFirstWamid() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(
                channel,
                new OutboundContent.MediaGroup(List.of(
                        new OutboundContent.Media(MediaKind.IMAGE, "https://cdn.example/1.jpg", null, "First", null),
                        new OutboundContent.Media(MediaKind.IMAGE, "https://cdn.example/2.jpg", null, null, null))),
                null);

        DeliveryReceipt receipt = Outbound.receipt(command);
        assertThat(receipt.state()).isEqualTo(DeliveryState.ACCEPTED);
        List<JsonNode> sent = Outbound.sentBodies(channel);
        assertThat(sent)
                .extracting(body -> body.path("image").path("link").asText())
                .containsExactly("https://cdn.example/1.jpg", "https://cdn.example/2.jpg");
        assertThat(receipt.platformMessageId()).startsWith("wamid.");
    }

    @Test
    void aTypingIndicatorMarksTheCustomersMessageReadAndIsAcceptedWithoutAWamid() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command =
                Outbound.send(channel, new OutboundContent.TypingIndicator("wamid.CUSTOMER-ASKED"), null);

        DeliveryReceipt receipt = Outbound.receipt(command);
        assertThat(receipt.state()).isEqualTo(DeliveryState.ACCEPTED);
        assertThat(receipt.platformMessageId()).isNull();
        assertThat(Outbound.sentBodies(channel)).containsExactly(JsonHttp.json("""
                        {"messaging_product":"whatsapp","status":"read","message_id":"wamid.CUSTOMER-ASKED",
                         "typing_indicator":{"type":"text"}}"""));
    }

    @Test
    void markAsReadSendsAReadReceipt() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(channel, new OutboundContent.MarkAsRead("wamid.CUSTOMER-1"), null);

        assertThat(Outbound.receipt(command).state()).isEqualTo(DeliveryState.ACCEPTED);
        assertThat(Outbound.sentBodies(channel).get(0).path("status").asText()).isEqualTo("read");
    }

    @Test
    void editingASentMessageFailsSayingWhatsAppCannot() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(channel, new OutboundContent.Edit("wamid.SENT", "Fixed"), null);

        DeliveryReceipt receipt = Outbound.receipt(command);
        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("not-supported-on-whatsapp");
        assertThat(receipt.error().detail()).isEqualTo("The WhatsApp Cloud API cannot edit a sent message.");
        assertThat(Outbound.sentBodies(channel)).isEmpty();
    }

    @Test
    void deletingASentMessageFailsSayingWhatsAppCannot() {
        Registrations.Registered channel = Registrations.freshChannel();

        OutboundCommand command = Outbound.send(channel, new OutboundContent.Delete("wamid.SENT"), null);

        assertThat(Outbound.receipt(command).error().detail())
                .isEqualTo("The WhatsApp Cloud API cannot delete a sent message.");
        assertThat(Outbound.sentBodies(channel)).isEmpty();
    }
}
