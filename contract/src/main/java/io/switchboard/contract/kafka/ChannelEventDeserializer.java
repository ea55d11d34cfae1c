package io.switchboard.contract.kafka;

import io.switchboard.contract.channel.ChannelEvent;

public class ChannelEventDeserializer extends ContractDeserializer<ChannelEvent> {

    public ChannelEventDeserializer() {
        super(ChannelEvent.class);
    }
}
