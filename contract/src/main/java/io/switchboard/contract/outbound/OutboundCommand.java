package io.switchboard.contract.outbound;

import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The gateway's decision to send one message. Published on the platform's outbound topic keyed by channel id; the
 * adapter sends it at most once per {@code messageId}, however often Kafka delivers it.
 *
 * @param messageId our id for the message, the idempotency key, echoed in every {@code DeliveryReceipt}
 * @param replyToPlatformMessageId quote this message of the conversation, if set
 */
public record OutboundCommand(
        int schemaVersion,
        UUID messageId,
        String tenantId,
        Platform platform,
        ConversationRef recipient,
        Purpose purpose,
        OutboundContent content,
        String replyToPlatformMessageId,
        Instant createdAt) {

    public static final int SCHEMA_VERSION = 1;

    public OutboundCommand {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static OutboundCommand create(
            UUID messageId,
            String tenantId,
            Platform platform,
            ConversationRef recipient,
            Purpose purpose,
            OutboundContent content,
            String replyToPlatformMessageId) {
        return new OutboundCommand(
                SCHEMA_VERSION,
                messageId,
                tenantId,
                platform,
                recipient,
                purpose,
                content,
                replyToPlatformMessageId,
                Instant.now());
    }

    public String channelId() {
        return recipient.channelId();
    }
}
