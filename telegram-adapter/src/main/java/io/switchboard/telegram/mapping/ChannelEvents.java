package io.switchboard.telegram.mapping;

import io.switchboard.contract.Platform;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.telegram.entity.ChannelEntity;
import java.util.Map;

/** A channel as the directory sees it: the bot's public facts, never its token or webhook secret. */
public final class ChannelEvents {

    private ChannelEvents() {}

    public static ChannelEvent of(ChannelChange change, ChannelEntity channel) {
        return ChannelEvent.of(
                change,
                channel.id,
                channel.tenantId,
                Platform.TELEGRAM,
                channel.displayName,
                "@" + channel.username,
                channel.health,
                channel.healthDetail,
                Map.of(
                        "botId", Long.toString(channel.botId),
                        "mode", channel.mode.name(),
                        "canJoinGroups", Boolean.toString(channel.canJoinGroups),
                        "canReadAllGroupMessages", Boolean.toString(channel.canReadAllGroupMessages)));
    }
}
