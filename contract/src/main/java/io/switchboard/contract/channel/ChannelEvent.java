package io.switchboard.contract.channel;

import io.switchboard.contract.Platform;
import io.switchboard.contract.delivery.PlatformError;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The state of one channel after a change, published by its adapter on the compacted
 * {@code switchboard.channels.v1} keyed by channel id, so the latest event per channel is the channel directory. Never
 * carries a secret.
 *
 * @param address how customers reach the channel: a display phone number, a {@code @username}
 * @param healthDetail why the channel is unhealthy, in words an operator can act on
 * @param properties non-secret facts about the channel (verified name, quality rating, bot capabilities)
 * @param lastError the latest error the platform reported about the channel as a whole (not about one message), for
 *     people to see; {@code null} when there is none
 * @param lastErrorAt when the platform reported it
 */
public record ChannelEvent(
        int schemaVersion,
        UUID eventId,
        ChannelChange change,
        String channelId,
        String tenantId,
        Platform platform,
        String displayName,
        String address,
        ChannelHealth health,
        String healthDetail,
        Map<String, String> properties,
        Instant occurredAt,
        PlatformError lastError,
        Instant lastErrorAt) {

    public static final int SCHEMA_VERSION = 1;

    public ChannelEvent {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(occurredAt, "occurredAt");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static ChannelEvent of(
            ChannelChange change,
            String channelId,
            String tenantId,
            Platform platform,
            String displayName,
            String address,
            ChannelHealth health,
            String healthDetail,
            Map<String, String> properties) {
        return new ChannelEvent(
                SCHEMA_VERSION,
                UUID.randomUUID(),
                change,
                channelId,
                tenantId,
                platform,
                displayName,
                address,
                health,
                healthDetail,
                properties,
                Instant.now(),
                null,
                null);
    }

    /** The same channel state with the platform's latest error about the channel. */
    public ChannelEvent withLastError(PlatformError error, Instant at) {
        return new ChannelEvent(
                schemaVersion,
                eventId,
                change,
                channelId,
                tenantId,
                platform,
                displayName,
                address,
                health,
                healthDetail,
                properties,
                occurredAt,
                error,
                at);
    }
}
