package io.switchboard.whatsapp.support;

import io.switchboard.contract.ContractJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Reads a topic of the test broker from the beginning, committed records only (as the gateway reads them). Tests share
 * topics, so they filter by their own fresh channel id.
 */
public final class TopicReader {

    private TopicReader() {}

    /** A record's key and its event, parsed as contract JSON. */
    public record Keyed<T>(String key, T event) {}

    /** Waits until {@code count} records of {@code type} match, and returns the matching ones in topic order. */
    public static <T> List<Keyed<T>> await(String topic, Class<T> type, Predicate<T> matching, int count) {
        List<Keyed<T>> found = new ArrayList<>();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    found.clear();
                    found.addAll(readToEnd(topic, type, matching));
                    return found.size() >= count;
                });
        return List.copyOf(found);
    }

    /** Every record committed so far that matches: what a consumer could ever see of an answer already given. */
    public static <T> List<Keyed<T>> readToEnd(String topic, Class<T> type, Predicate<T> matching) {
        List<Keyed<T>> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records(topic)) {
            T event = ContractJson.fromBytes(record.value(), type);
            if (matching.test(event)) {
                found.add(new Keyed<>(record.key(), event));
            }
        }
        return found;
    }

    /** Every committed record of the topic, as stored. */
    public static List<ConsumerRecord<String, byte[]>> records(String topic) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
