package io.switchboard.testsupport.kafka;

import io.switchboard.contract.ContractJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes records to and reads records from the real test broker, the way another service would: tests publish the
 * events a service consumes and look for the events it publishes. Reads scan a topic from the beginning without a
 * consumer group, so they never disturb the services' own offsets.
 */
public final class KafkaTestClient implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
    }

    /** A client for the broker the running Quarkus test application uses. */
    public static KafkaTestClient forTestApplication() {
        return new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /** Publishes a contract event as JSON and waits for the broker's acknowledgement. */
    public void publish(String topic, String key, Object event) {
        publishBytes(topic, key, ContractJson.toBytes(event));
    }

    public void publishBytes(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /**
     * Waits until the topic holds at least {@code count} events of {@code type} matching {@code match} and returns
     * them; fails with what it did see after {@code timeout}.
     */
    public <T> List<T> awaitEvents(String topic, Class<T> type, Predicate<T> match, int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records =
                awaitRecords(topic, record -> matches(record, type, match), count, timeout);
        return records.stream()
                .map(record -> ContractJson.fromBytes(record.value(), type))
                .toList();
    }

    /** All events of {@code type} matching {@code match} on the topic now (after a short settling read). */
    public <T> List<T> events(String topic, Class<T> type, Predicate<T> match) {
        return readAll(topic, Duration.ofSeconds(1)).stream()
                .filter(record -> matches(record, type, match))
                .map(record -> ContractJson.fromBytes(record.value(), type))
                .toList();
    }

    /** Waits until the topic holds at least {@code count} records matching {@code match}. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(
            String topic, Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, byte[]>> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = readAll(topic, Duration.ZERO).stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep(POLL);
        }
        throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within " + timeout
                + " but found " + found.size());
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration settle) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Instant settleUntil = Instant.now().plus(settle);
            while (!reachedEnd(consumer, ends) || Instant.now().isBefore(settleUntil)) {
                consumer.poll(POLL).forEach(records::add);
            }
            return records;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static <T> boolean matches(ConsumerRecord<String, byte[]> record, Class<T> type, Predicate<T> match) {
        if (record.value() == null) {
            return false;
        }
        try {
            return match.test(ContractJson.fromBytes(record.value(), type));
        } catch (RuntimeException notThisType) {
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
