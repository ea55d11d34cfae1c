package io.switchboard.gateway.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.switchboard.gateway.config.GatewayConfig;
import io.switchboard.gateway.entity.OutboxRecord;
import io.switchboard.gateway.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes one batch of the outbox: sends every record, waits for the broker to acknowledge all of them, then marks
 * them published in the same transaction. If the broker fails, the transaction rolls back and the batch is sent again
 * later; the adapters deduplicate by message id, so a repeat is harmless.
 */
@ApplicationScoped
public class OutboxPublisher {

    static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    OutboxRepository outbox;

    @Inject
    GatewayConfig config;

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<byte[]> emitter;

    /** Publishes the oldest unpublished records; returns how many, 0 when there is nothing (or another relay runs). */
    @Transactional
    public int publishBatch() {
        if (!outbox.tryBecomeTheRelay()) {
            return 0;
        }
        List<OutboxRecord> batch = outbox.lockOldestUnpublished(config.outbox().batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> acks = batch.stream().map(this::send).toList();
        Uni.join().all(acks).andFailFast().await().atMost(ACK_TIMEOUT);
        Instant now = Instant.now();
        batch.forEach(record -> record.publishedAt = now);
        LOG.debugf("outbox published count=%d", batch.size());
        return batch.size();
    }

    private Uni<Void> send(OutboxRecord record) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(record.topic)
                .withKey(record.recordKey)
                .build();
        return emitter.sendMessage(Message.of(record.payload).addMetadata(metadata));
    }
}
