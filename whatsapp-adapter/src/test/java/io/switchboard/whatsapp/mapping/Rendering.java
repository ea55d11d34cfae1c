package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import java.util.List;
import java.util.UUID;

/** Renders commands for the renderer tests. */
final class Rendering {

    static final String CHANNEL = UUID.randomUUID().toString();
    static final String CHANNEL_CATALOG = "146265584024623";

    private static final OutboundRenderer RENDERER = new OutboundRenderer();

    private Rendering() {}

    /** The Graph bodies a command becomes, for a channel with a catalog. */
    static List<ObjectNode> render(OutboundCommand command) {
        return RENDERER.render(command, CHANNEL_CATALOG).stream()
                .map(GraphMessage::body)
                .toList();
    }

    /** The one Graph message a command becomes. */
    static ObjectNode single(OutboundCommand command) {
        List<GraphMessage> messages = RENDERER.render(command, CHANNEL_CATALOG);
        assertThat(messages).hasSize(1);
        return messages.get(0).body();
    }

    static void assertRejected(OutboundCommand command, String reason) {
        assertRejected(command, CHANNEL_CATALOG, ContentRejectedException.CONTENT_REJECTED, reason);
    }

    static void assertRejected(OutboundCommand command, String channelCatalog, String code, String reason) {
        assertThatThrownBy(() -> RENDERER.render(command, channelCatalog))
                .isInstanceOfSatisfying(
                        ContentRejectedException.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(code))
                .hasMessageContaining(reason);
    }

    /** A command to a customer in a direct chat. */
    static OutboundCommand direct(OutboundContent content, String replyTo) {
        return command(ConversationRef.direct(CHANNEL, "16505551234"), content, replyTo);
    }

    static OutboundCommand command(ConversationRef to, OutboundContent content, String replyTo) {
        return OutboundCommand.create(
                UUID.randomUUID(), "tenant-a", Platform.WHATSAPP, to, Purpose.REPLY, content, replyTo);
    }
}
