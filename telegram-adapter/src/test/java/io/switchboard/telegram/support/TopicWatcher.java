package io.switchboard.telegram.support;

import io.switchboard.contract.ContractJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads what is written to a topic from the moment it is created, as the gateway would. */
public final class TopicWatcher implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private TopicWatcher(String topic) {
        Properties config = new Properties();
        config.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Starts watching {@code topic}: only records written from now on are seen. */
    public static TopicWatcher fromNow(String topic) {
        return new TopicWatcher(topic);
    }

    /** Waits until {@code count} records match, and returns all that match. */
    public List<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> matching, int count) {
        Awaitility.await().atMost(TIMEOUT).pollInSameThread().until(() -> {
            pollOnce();
            return matching(matching).size() >= count;
        });
        return matching(matching);
    }

    /** Waits for {@code count} events of {@code type} whose record matches, and returns them. */
    public <T> List<T> awaitEvents(Class<T> type, Predicate<ConsumerRecord<String, byte[]>> matching, int count) {
        return await(matching, count).stream()
                .map(record -> ContractJson.fromBytes(record.value(), type))
                .toList();
    }

    /** Watches for {@code duration} and returns the records that match (for "nothing was published"). */
    public List<ConsumerRecord<String, byte[]>> during(
            Duration duration, Predicate<ConsumerRecord<String, byte[]>> matching) {
        Awaitility.await()
                .pollInSameThread()
                .during(duration)
                .atMost(duration.plusSeconds(10))
                .until(() -> {
                    pollOnce();
                    return true;
                });
        return matching(matching);
    }

    public static Predicate<ConsumerRecord<String, byte[]>> keyStartsWith(String prefix) {
        return record -> record.key() != null && record.key().startsWith(prefix);
    }

    public static Predicate<ConsumerRecord<String, byte[]>> keyIs(String key) {
        return record -> key.equals(record.key());
    }

    private void pollOnce() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    private List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> matching) {
        return seen.stream().filter(matching).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
