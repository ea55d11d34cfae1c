package io.switchboard.whatsapp.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.whatsapp.entity.SendState;
import io.switchboard.whatsapp.entity.SentMessage;
import io.switchboard.whatsapp.entity.SentMessagePart;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Records sends in the ledger directly, as if the adapter had made them. */
@ApplicationScoped
public class TestSends {

    /** A message Meta accepted under {@code wamid}; returns our message id. */
    public UUID sent(TestChannels.Channel channel, String wamid) {
        UUID messageId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            row(messageId, channel, SendState.SENT, wamid).persist();
            SentMessagePart part = new SentMessagePart();
            part.platformMessageId = wamid;
            part.messageId = messageId;
            part.partIndex = 0;
            part.persist();
        });
        return messageId;
    }

    /** A send that was under way when the adapter stopped: its outcome is unknown. */
    public void sending(UUID messageId, String tenantId, UUID channelId) {
        QuarkusTransaction.requiringNew().run(() -> {
            SentMessage row = new SentMessage();
            row.messageId = messageId;
            row.tenantId = tenantId;
            row.channelId = channelId;
            row.state = SendState.SENDING;
            row.createdAt = Instant.now();
            row.updatedAt = row.createdAt;
            row.persist();
        });
    }

    private static SentMessage row(UUID messageId, TestChannels.Channel channel, SendState state, String wamid) {
        SentMessage row = new SentMessage();
        row.messageId = messageId;
        row.tenantId = channel.tenantId();
        row.channelId = channel.id();
        row.state = state;
        row.platformMessageId = wamid;
        row.createdAt = Instant.now();
        row.updatedAt = row.createdAt;
        return row;
    }
}
