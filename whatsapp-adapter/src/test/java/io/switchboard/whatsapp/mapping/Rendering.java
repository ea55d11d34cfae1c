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

    private static final OutboundRenderer RENDERER = new OutboundRenderer();

    private Rendering() {}

    static List<ObjectNode> render(OutboundCommand command) {
        return RENDERER.render(command);
    }

    /** The one Graph message a command becomes. */
    static ObjectNode single(OutboundCommand command) {
        List<ObjectNode> messages = RENDERER.render(command);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    static void assertRejected(OutboundCommand command, String reason) {
        assertThatThrownBy(() -> RENDERER.render(command))
                .isInstanceOf(ContentRejectedException.class)
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
