package io.switchboard.telegram.support;

import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.outbound.OutboundCommand;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Sends commands as the gateway does and waits for their receipts. */
public final class Receipts {

    private Receipts() {}

    /** Writes the command to the outbound topic and returns its receipt. */
    public static DeliveryReceipt of(OutboundCommand command) {
        try (TopicWatcher receipts = TopicWatcher.fromNow(Topics.DELIVERY)) {
            TopicWriter.send(command);
            return receipts.awaitEvents(DeliveryReceipt.class, about(command), 1)
                    .get(0);
        }
    }

    /** Writes the commands in order and returns their receipts, in the same order. */
    public static List<DeliveryReceipt> ofAll(List<OutboundCommand> commands) {
        try (TopicWatcher receipts = TopicWatcher.fromNow(Topics.DELIVERY)) {
            commands.forEach(TopicWriter::send);
            return commands.stream()
                    .map(command -> receipts.awaitEvents(DeliveryReceipt.class, about(command), 1)
                            .get(0))
                    .toList();
        }
    }

    public static Predicate<ConsumerRecord<String, byte[]>> about(OutboundCommand command) {
        String messageId = command.messageId().toString();
        return record -> command.channelId().equals(record.key())
                && new String(record.value(), StandardCharsets.UTF_8).contains(messageId);
    }
}
