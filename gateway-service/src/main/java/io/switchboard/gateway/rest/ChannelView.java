package io.switchboard.gateway.rest;

import io.switchboard.contract.Platform;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.contract.delivery.PlatformError;
import java.time.Instant;
import java.util.Map;

/**
 * A channel as the directory knows it; register and change channels through the adapters' APIs.
 *
 * @param lastError the latest problem the platform reported about the channel as a whole (not about one message), if
 *     any: an account restriction, a quality flag, an error in Meta's webhooks
 */
public record ChannelView(
        String id,
        Platform platform,
        String displayName,
        String address,
        ChannelHealth health,
        String healthDetail,
        Map<String, String> properties,
        PlatformError lastError,
        Instant lastErrorAt,
        Instant updatedAt) {}
