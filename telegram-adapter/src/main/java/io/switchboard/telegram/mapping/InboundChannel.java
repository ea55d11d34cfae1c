package io.switchboard.telegram.mapping;

/**
 * The channel an update arrived on, which every event it becomes carries, and the bot behind it (to tell its own
 * membership changes and the commands addressed to it).
 */
public record InboundChannel(String tenantId, String channelId, long botId, String botUsername) {}
