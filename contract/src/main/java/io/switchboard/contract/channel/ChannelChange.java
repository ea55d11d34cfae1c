package io.switchboard.contract.channel;

/** What happened to a channel. */
public enum ChannelChange {
    REGISTERED,
    UPDATED,
    REMOVED
}
