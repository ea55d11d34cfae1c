package io.switchboard.contract.inbound;

/** Someone's standing in a group or channel. */
public enum MemberStatus {
    OWNER,
    ADMINISTRATOR,
    MEMBER,
    /** A member with limited rights (Telegram {@code restricted}). */
    RESTRICTED,
    LEFT,
    /** Removed and banned (Telegram {@code kicked}). */
    BANNED
}
