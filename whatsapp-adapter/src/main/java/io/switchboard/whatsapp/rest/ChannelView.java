package io.switchboard.whatsapp.rest;

import io.switchboard.contract.Platform;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.contract.delivery.PlatformError;
import java.time.Instant;
import java.util.UUID;

/**
 * A channel as its tenant sees it. Never carries a secret.
 *
 * @param webhookUrl the callback URL to enter in Meta's app dashboard (with the verify token)
 * @param healthDetail what to do when the channel is UNHEALTHY
 * @param coexistence the number is also used in the WhatsApp Business app, so Meta lets it send fewer messages
 * @param messagesPerSecond the tenant's own pacing for the number, when set (otherwise derived from throughput)
 * @param effectiveMessagesPerSecond the pace the adapter actually sends at: the tenant's, else what the throughput
 *     level and coexistence allow
 * @param lastError the latest error Meta reported about the number as a whole (an account restriction, a quality
 *     flag, a webhook's {@code errors}); it does not change {@code health}
 * @param previousAppSecretValidUntil until when the replaced app secret still verifies webhooks, after a rotation
 */
public record ChannelView(
        UUID channelId,
        Platform platform,
        String phoneNumberId,
        String wabaId,
        String displayPhoneNumber,
        String verifiedName,
        String qualityRating,
        String throughputLevel,
        boolean coexistence,
        Integer messagesPerSecond,
        int effectiveMessagesPerSecond,
        String catalogId,
        String webhookUrl,
        ChannelHealth health,
        String healthDetail,
        PlatformError lastError,
        Instant lastErrorAt,
        Instant previousAppSecretValidUntil,
        Instant createdAt,
        Instant updatedAt) {}
