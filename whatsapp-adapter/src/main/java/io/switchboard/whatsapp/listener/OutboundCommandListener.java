package io.switchboard.whatsapp.listener;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.Platform;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.whatsapp.service.OutboundService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Outbound commands for WhatsApp, in order per channel (one partition per channel, one at a time). The record is
 * acknowledged when this method returns, which is after the receipt reached Kafka; a record that is not a command
 * goes to the dead-letter topic.
 */
@ApplicationScoped
public class OutboundCommandListener {

    @Inject
    OutboundService outbound;

    @Incoming("outbound-commands")
    @Blocking
    public void onCommand(byte[] payload) {
        OutboundCommand command = ContractJson.fromBytes(payload, OutboundCommand.class);
        if (command.platform() != Platform.WHATSAPP) {
            throw new IllegalArgumentException("a " + command.platform() + " command on the WhatsApp topic");
        }
        outbound.handle(command);
    }
}
