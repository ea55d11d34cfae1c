package io.switchboard.whatsapp.entity;

/** Where one outbound command is; a row is never moved back. */
public enum SendState {
    /** Claimed, and about to be (or being) sent: found at a redelivery, the outcome is unknown. */
    SENDING,
    /** Meta accepted every part. */
    SENT,
    /** Not sent, or only partly: a FAILED receipt said why. */
    FAILED
}
