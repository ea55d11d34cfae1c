package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.delivery.PlatformError;
import java.util.Objects;

/**
 * The platform reported the state of a message that Switchboard did not send (for example one sent from the WhatsApp
 * Business app on a coexistence number). Statuses of our own sends travel as
 * {@link io.switchboard.contract.delivery.DeliveryReceipt}s instead.
 *
 * @param error set when {@code state} is {@link DeliveryState#FAILED}
 */
@JsonTypeName("StatusChanged")
public record StatusChanged(InboundHeader header, DeliveryState state, PlatformError error) implements InboundEvent {

    public StatusChanged {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public String deduplicationKey() {
        return "status:" + header.platformMessageId() + ":" + state;
    }
}
