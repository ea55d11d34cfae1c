package io.switchboard.contract.inbound;

import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every inbound event carries: who it is for, where it was said, and the platform's own id for it.
 *
 * @param platformMessageId the platform's id of the message this event is about (WhatsApp {@code wamid}, Telegram
 *     {@code message_id}; a callback query's id for a Telegram button press). With the channel it identifies the event
 *     for deduplication.
 * @param platformTimestamp when the platform says it happened
 * @param receivedAt when the adapter received it
 */
public record InboundHeader(
        int schemaVersion,
        UUID eventId,
        String tenantId,
        Platform platform,
        ConversationRef conversation,
        String platformMessageId,
        Instant platformTimestamp,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;

    public InboundHeader {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(platformMessageId, "platformMessageId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A header for an event the adapter has just received. */
    public static InboundHeader received(
            String tenantId,
            Platform platform,
            ConversationRef conversation,
            String platformMessageId,
            Instant platformTimestamp) {
        return new InboundHeader(
                SCHEMA_VERSION,
                UUID.randomUUID(),
                tenantId,
                platform,
                conversation,
                platformMessageId,
                platformTimestamp,
                Instant.now());
    }

    public String channelId() {
        return conversation.channelId();
    }

    /** The Kafka key: every event of one conversation lands on one partition, in order. */
    public String conversationKey() {
        return conversation.key(tenantId);
    }
}
