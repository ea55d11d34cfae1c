package io.switchboard.contract.kafka;

import io.switchboard.contract.ContractJson;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads contract JSON into one event type. Invalid bytes throw {@link io.switchboard.contract.InvalidEventException},
 * which the consumer's failure strategy sends to the dead-letter topic. A null value (a compaction tombstone) stays
 * null.
 */
public abstract class ContractDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;

    protected ContractDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : ContractJson.fromBytes(data, type);
    }
}
