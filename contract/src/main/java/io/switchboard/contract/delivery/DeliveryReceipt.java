package io.switchboard.contract.delivery;

import io.switchboard.contract.Platform;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What became of one outbound message. Published by adapters on {@code switchboard.delivery.v1} keyed by channel id.
 *
 * @param messageId our message id from the {@code OutboundCommand}
 * @param platformMessageId the platform's id for the sent message, once it has one
 * @param error set when {@code state} is {@link DeliveryState#FAILED}
 * @param occurredAt when the platform says the state was reached
 */
public record DeliveryReceipt(
        int schemaVersion,
        UUID receiptId,
        UUID messageId,
        String tenantId,
        String channelId,
        Platform platform,
        String platformMessageId,
        DeliveryState state,
        PlatformError error,
        Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;

    public DeliveryReceipt {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more");
        }
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (state == DeliveryState.FAILED && error == null) {
            throw new IllegalArgumentException("a FAILED receipt carries the platform's error");
        }
    }

    public static DeliveryReceipt of(
            UUID messageId,
            String tenantId,
            String channelId,
            Platform platform,
            String platformMessageId,
            DeliveryState state,
            Instant occurredAt) {
        return new DeliveryReceipt(
                SCHEMA_VERSION,
                UUID.randomUUID(),
                messageId,
                tenantId,
                channelId,
                platform,
                platformMessageId,
                state,
                null,
                occurredAt);
    }

    public static DeliveryReceipt failed(
            UUID messageId,
            String tenantId,
            String channelId,
            Platform platform,
            String platformMessageId,
            PlatformError error,
            Instant occurredAt) {
        return new DeliveryReceipt(
                SCHEMA_VERSION,
                UUID.randomUUID(),
                messageId,
                tenantId,
                channelId,
                platform,
                platformMessageId,
                DeliveryState.FAILED,
                error,
                occurredAt);
    }
}
