package io.switchboard.bench;

import io.switchboard.contract.ContractJson;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Tells when every command of a scenario was handled, from the adapters' first receipt for each (sent or failed) on
 * the delivery topic. Tailing Kafka costs the suite almost nothing, unlike asking the simulator for its request log
 * while it is being measured.
 */
final class HandledCommands implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Set<UUID> handled = new HashSet<>();

    /** Starts at the end of the delivery topic: only receipts published from now on count. */
    HandledCommands(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.DELIVERY).stream()
                .map(info -> new TopicPartition(Topics.DELIVERY, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolves the end now, before any command is published
    }

    /** Waits until every one of {@code commands} has a receipt, or the deadline passed; answers how many have. */
    int awaitAll(Set<UUID> commands, Instant deadline) {
        while (!handled.containsAll(commands) && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                UUID messageId = ContractJson.fromBytes(record.value(), DeliveryReceipt.class)
                        .messageId();
                if (commands.contains(messageId)) {
                    handled.add(messageId);
                }
            }
        }
        return (int) commands.stream().filter(handled::contains).count();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
