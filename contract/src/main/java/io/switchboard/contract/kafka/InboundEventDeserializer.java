package io.switchboard.contract.kafka;

import io.switchboard.contract.inbound.InboundEvent;

public class InboundEventDeserializer extends ContractDeserializer<InboundEvent> {

    public InboundEventDeserializer() {
        super(InboundEvent.class);
    }
}
