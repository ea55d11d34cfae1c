package io.switchboard.contract.channel;

/** Whether an adapter can currently receive and send on a channel. */
public enum ChannelHealth {
    HEALTHY,
    /** The platform refuses us (expired token, webhook conflict): a person must act. */
    UNHEALTHY
}
