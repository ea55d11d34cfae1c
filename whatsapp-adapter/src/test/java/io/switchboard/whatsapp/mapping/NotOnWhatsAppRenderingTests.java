package io.switchboard.whatsapp.mapping;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.outbound.OutboundContent;
import org.junit.jupiter.api.Test;

/** Kinds the Cloud API does not offer are refused with a reason, never faked. */
class NotOnWhatsAppRenderingTests {

    @Test
    void editingASentMessageIsNotOnWhatsApp() {
        refused(new OutboundContent.Edit("wamid.SENT", "Fixed text"), "cannot edit a sent message");
    }

    @Test
    void deletingASentMessageIsNotOnWhatsApp() {
        refused(new OutboundContent.Delete("wamid.SENT"), "cannot delete a sent message");
    }

    @Test
    void postingToABroadcastChannelIsNotOnWhatsApp() {
        Rendering.assertRejected(
                Rendering.command(
                        new ConversationRef(Rendering.CHANNEL, "news", ChatType.CHANNEL),
                        OutboundContent.Text.of("Hello"),
                        null),
                Rendering.CHANNEL_CATALOG,
                ContentRejectedException.NOT_ON_WHATSAPP,
                "no broadcast channels");
    }

    private static void refused(OutboundContent content, String reason) {
        Rendering.assertRejected(
                Rendering.direct(content, null),
                Rendering.CHANNEL_CATALOG,
                ContentRejectedException.NOT_ON_WHATSAPP,
                reason);
    }
}
