package io.switchboard.contract.delivery;

/**
 * Where an outbound message is on its way. States only move forward, and may skip: WhatsApp can report {@code read}
 * without {@code delivered}. {@link #FAILED} is final.
 */
public enum DeliveryState {
    /** The platform accepted the send request and gave it an id. */
    ACCEPTED,
    SENT,
    DELIVERED,
    READ,
    FAILED;

    /** Whether a receipt in {@code next} state moves a message that is in this state forward. */
    public boolean canMoveTo(DeliveryState next) {
        if (this == FAILED) {
            return false;
        }
        return next == FAILED || next.ordinal() > ordinal();
    }
}
