package io.switchboard.gateway.flow;

import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Sender;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.InboundHeader;
import io.switchboard.contract.inbound.MessageReceived;
import java.time.Instant;
import java.util.UUID;

/** Inbound events as an adapter would publish them. */
final class InboundEvents {

    private InboundEvents() {}

    static MessageReceived text(String tenant, Platform platform, String channel, String chat, String body) {
        String platformMessageId = platform == Platform.WHATSAPP
                ? "wamid." + UUID.randomUUID().toString().replace("-", "")
                : Long.toString(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000));
        InboundHeader header = InboundHeader.received(
                tenant, platform, ConversationRef.direct(channel, chat), platformMessageId, Instant.now());
        return new MessageReceived(header, new Sender(chat, "Giulia", null, null, "it"), null, new Content.Text(body));
    }
}
