package io.switchboard.contract;

/** How many people are on the other side of a conversation, which decides pacing and allowed content. */
public enum ChatType {
    DIRECT,
    GROUP,
    CHANNEL
}
