package io.switchboard.contract.kafka;

import io.switchboard.contract.outbound.OutboundCommand;

public class OutboundCommandDeserializer extends ContractDeserializer<OutboundCommand> {

    public OutboundCommandDeserializer() {
        super(OutboundCommand.class);
    }
}
