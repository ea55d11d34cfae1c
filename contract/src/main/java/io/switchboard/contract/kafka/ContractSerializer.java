package io.switchboard.contract.kafka;

import io.switchboard.contract.ContractJson;
import org.apache.kafka.common.serialization.Serializer;

/** Writes any contract record as contract JSON ({@code value.serializer} of every producer). */
public class ContractSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        return data == null ? null : ContractJson.toBytes(data);
    }
}
