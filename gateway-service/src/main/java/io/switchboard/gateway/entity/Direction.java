package io.switchboard.gateway.entity;

/** Which way a message went. */
public enum Direction {
    INBOUND,
    OUTBOUND
}
