package io.switchboard.gateway.entity;

import io.switchboard.contract.delivery.DeliveryState;

/** Where a logged message is: received, or on its way out (the delivery states). */
public enum MessageState {
    RECEIVED,
    /** Decided and written to the outbox; the adapter has not reported yet. */
    PENDING,
    ACCEPTED,
    SENT,
    DELIVERED,
    READ,
    FAILED;

    public static MessageState of(DeliveryState state) {
        return valueOf(state.name());
    }

    /** Whether a receipt in {@code next} moves an outbound message forward (states never go back). */
    public boolean canMoveTo(DeliveryState next) {
        if (this == PENDING) {
            return true;
        }
        if (this == RECEIVED) {
            return false;
        }
        return DeliveryState.valueOf(name()).canMoveTo(next);
    }
}
