package io.switchboard.telegram.listener;

import io.smallrye.mutiny.Uni;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.InvalidEventException;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.telegram.service.OutboundLanes;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Takes outbound commands from {@code switchboard.outbound.telegram.v1} in partition order and hands each to its
 * chat's lane ({@link OutboundLanes}), so chats are served in parallel and each in order. The next record is taken as
 * soon as the lanes have room; each record is acknowledged when its command was handled (its receipt acknowledged by
 * Kafka), and the throttled commit strategy commits an offset only once every record before it is acknowledged.
 * Bytes that are not a command land in the dead-letter topic.
 */
@ApplicationScoped
public class OutboundCommandListener {

    @Inject
    OutboundLanes lanes;

    @Incoming("outbound-commands")
    public Uni<Void> onCommand(Message<byte[]> record) {
        OutboundCommand command;
        try {
            command = ContractJson.fromBytes(record.getPayload(), OutboundCommand.class);
        } catch (InvalidEventException e) {
            return Uni.createFrom().completionStage(() -> record.nack(e));
        }
        Uni<Void> admitted = Uni.createFrom().completionStage(lanes::admission);
        Context context = Vertx.currentContext();
        if (context != null) {
            // A place freed by a lane's thread: carry on on the connector's own context.
            admitted = admitted.emitOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return admitted.invoke(() -> lanes.submit(command, record::ack, record::nack));
    }
}
