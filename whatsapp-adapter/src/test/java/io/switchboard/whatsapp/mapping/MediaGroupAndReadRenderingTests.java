package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.outbound.OutboundContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Albums as one media message per item; read receipts and the typing indicator, which create no message. */
class MediaGroupAndReadRenderingTests {

    private static final OutboundRenderer RENDERER = new OutboundRenderer();

    @Test
    void aMediaGroupIsOneMediaMessagePerItemInOrderAndOnlyTheFirstQuotes() {
        List<ObjectNode> messages = Rendering.render(Rendering.direct(
                new OutboundContent.MediaGroup(List.of(
                        new OutboundContent.Media(MediaKind.IMAGE, "https://cdn.example/1.jpg", null, "One", null),
                        new OutboundContent.Media(MediaKind.VIDEO, null, "4490709327384033", null, null))),
                "wamid.Q"));

        assertThat(messages).extracting(m -> m.path("type").asText()).containsExactly("image", "video");
        assertThat(messages.get(0).path("context").path("message_id").asText()).isEqualTo("wamid.Q");
        assertThat(messages.get(1).has("context")).isFalse();
        assertThat(messages.get(1).path("video").path("id").asText()).isEqualTo("4490709327384033");
    }

    @Test
    void aTypingIndicatorMarksTheCustomersMessageReadAndCreatesNoMessage() {
        List<GraphMessage> messages =
                RENDERER.render(Rendering.direct(new OutboundContent.TypingIndicator("wamid.CUSTOMER"), null), null);

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).createsMessage()).isFalse();
        assertThat(messages.get(0).body()).isEqualTo(Webhooks.json("""
                {"messaging_product":"whatsapp","status":"read","message_id":"wamid.CUSTOMER",
                 "typing_indicator":{"type":"text"}}"""));
    }

    @Test
    void aTypingIndicatorWithoutTheCustomersMessageIsRejected() {
        Rendering.assertRejected(
                Rendering.direct(new OutboundContent.TypingIndicator(null), null), "name the message being answered");
    }

    @Test
    void markAsReadIsAReadReceipt() {
        GraphMessage message = RENDERER.render(
                        Rendering.direct(new OutboundContent.MarkAsRead("wamid.CUSTOMER"), null), null)
                .get(0);

        assertThat(message.createsMessage()).isFalse();
        assertThat(message.body())
                .isEqualTo(Webhooks.json(
                        "{\"messaging_product\":\"whatsapp\",\"status\":\"read\",\"message_id\":\"wamid.CUSTOMER\"}"));
    }
}
