package io.switchboard.telegram.entity;

/** Where one outbound command is. */
public enum SentMessageState {
    /** Written before the first send; found again after a crash, it means the outcome of a send is unknown. */
    SENDING,
    SENT,
    FAILED
}
