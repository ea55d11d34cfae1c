package io.switchboard.whatsapp.rest;

import io.switchboard.contract.Platform;
import io.switchboard.contract.channel.ChannelHealth;
import java.time.Instant;
import java.util.UUID;

/**
 * A channel as its tenant sees it. Never carries a secret.
 *
 * @param webhookUrl the callback URL to enter in Meta's app dashboard (with the verify token)
 * @param healthDetail what to do when the channel is UNHEALTHY
 * @param coexistence the number is also used in the WhatsApp Business app, so Meta lets it send fewer messages
 * @param messagesPerSecond the tenant's own pacing for the number, when set (otherwise derived from throughput)
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
        String catalogId,
        String webhookUrl,
        ChannelHealth health,
        String healthDetail,
        Instant previousAppSecretValidUntil,
        Instant createdAt,
        Instant updatedAt) {}
