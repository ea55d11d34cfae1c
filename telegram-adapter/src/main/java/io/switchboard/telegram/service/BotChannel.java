package io.switchboard.telegram.service;

import io.switchboard.telegram.mapping.InboundChannel;

/** A channel as intake needs it: whose it is, which bot, and the token to answer button presses with. */
public record BotChannel(String channelId, String tenantId, long botId, String username, String token) {

    public InboundChannel inbound() {
        return new InboundChannel(tenantId, channelId, botId, username);
    }

    @Override
    public String toString() {
        return "BotChannel[channelId=" + channelId + ", botId=" + botId + "]";
    }
}
