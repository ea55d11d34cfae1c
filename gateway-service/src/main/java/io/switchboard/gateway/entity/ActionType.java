package io.switchboard.gateway.entity;

/** What a rule does when it fires. */
public enum ActionType {
    /** Answer with a fixed text. */
    REPLY
}
