package io.switchboard.whatsapp.listener;

import io.switchboard.contract.ContractJson;
import io.switchboard.contract.Platform;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.whatsapp.service.SendScheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Outbound commands for WhatsApp. Each record is handed to the {@link SendScheduler} and the next one is read as soon
 * as it has its place in line, so many commands of a channel are sent side by side (each conversation in order). A
 * record is acknowledged only when its receipt reached Kafka; the throttled commit strategy commits an offset once
 * every record before it is acknowledged, so a restart redelivers whatever was not finished. A record that is not a
 * command goes to the dead-letter topic.
 */
@ApplicationScoped
public class OutboundCommandListener {

    private static final Logger LOG = Logger.getLogger(OutboundCommandListener.class);

    @Inject
    SendScheduler scheduler;

    @Incoming("outbound-commands")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> onCommand(Message<byte[]> record) {
        OutboundCommand command;
        try {
            command = ContractJson.fromBytes(record.getPayload(), OutboundCommand.class);
            if (command.platform() != Platform.WHATSAPP) {
                throw new IllegalArgumentException("a " + command.platform() + " command on the WhatsApp topic");
            }
        } catch (RuntimeException poison) {
            return record.nack(poison);
        }
        SendScheduler.Admission admission = scheduler.submit(command);
        admission.done().whenComplete((ignored, failure) -> {
            if (failure == null) {
                record.ack();
            } else if (!scheduler.closing()) {
                LOG.errorf(failure, "outbound command could not be handled message=%s", command.messageId());
                record.nack(failure);
            }
        });
        return admission.admitted().exceptionally(failure -> null).thenApply(ignored -> null);
    }
}
