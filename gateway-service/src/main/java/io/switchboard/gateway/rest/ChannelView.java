package io.switchboard.gateway.rest;

import io.switchboard.contract.Platform;
import io.switchboard.contract.channel.ChannelHealth;
import java.time.Instant;
import java.util.Map;

/** A channel as the directory knows it; register and change channels through the adapters' APIs. */
public record ChannelView(
        String id,
        Platform platform,
        String displayName,
        String address,
        ChannelHealth health,
        String healthDetail,
        Map<String, String> properties,
        Instant updatedAt) {}
