package io.switchboard.telegram.listener;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.telegram.service.OutboundService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes outbound commands from {@code switchboard.outbound.telegram.v1}, one at a time so a channel's messages leave in
 * order. The record is acknowledged when {@link OutboundService#handle} returns, that is after the receipt was
 * acknowledged by Kafka; bytes that are not a command land in the dead-letter topic.
 */
@ApplicationScoped
public class OutboundCommandListener {

    @Inject
    OutboundService outbound;

    @Incoming("outbound-commands")
    @Blocking(ordered = true)
    public void onCommand(byte[] payload) {
        OutboundCommand command = ContractJson.fromBytes(payload, OutboundCommand.class);
        outbound.handle(command);
    }
}
