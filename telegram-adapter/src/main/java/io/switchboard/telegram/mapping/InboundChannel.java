package io.switchboard.telegram.mapping;

/** The channel an update arrived on, which every event it becomes carries. */
public record InboundChannel(String tenantId, String channelId) {}
