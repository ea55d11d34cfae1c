package io.switchboard.telegram.service;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.switchboard.contract.ContractJson;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Sends one contract event and waits until the broker acknowledged it (acks=all), or fails. */
final class AcknowledgedSend {

    private AcknowledgedSend() {}

    /**
     * @throws EventNotAcknowledgedException when the broker refused, or did not answer within {@code timeout}
     */
    static void send(MutinyEmitter<byte[]> emitter, String topic, String key, Object event, Duration timeout) {
        Message<byte[]> message = Message.of(ContractJson.toBytes(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(key)
                        .build());
        try {
            emitter.sendMessage(message).await().atMost(timeout);
        } catch (RuntimeException e) {
            throw new EventNotAcknowledgedException(topic, e);
        }
    }
}
