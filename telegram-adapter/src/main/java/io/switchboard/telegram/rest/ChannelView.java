package io.switchboard.telegram.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.switchboard.contract.Platform;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.telegram.entity.ChannelMode;
import java.time.Instant;
import java.util.List;

/**
 * A registered Telegram channel as its tenant sees it. Never carries the bot token or the webhook secret.
 *
 * @param webhookUrl where Telegram delivers updates (WEBHOOK mode only)
 * @param notices things the tenant should know to get every message, such as privacy mode hiding group messages
 * @param healthDetail what to do when the channel is UNHEALTHY
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelView(
        String channelId,
        Platform platform,
        long botId,
        String username,
        String displayName,
        ChannelMode mode,
        String webhookUrl,
        boolean canJoinGroups,
        boolean canReadAllGroupMessages,
        List<String> notices,
        ChannelHealth health,
        String healthDetail,
        Instant createdAt,
        Instant updatedAt) {}
