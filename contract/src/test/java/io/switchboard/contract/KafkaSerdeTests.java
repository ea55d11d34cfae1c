package io.switchboard.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.kafka.ContractSerializer;
import io.switchboard.contract.kafka.InboundEventDeserializer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KafkaSerdeTests {

    @Test
    void anEventWrittenByTheSerializerReadsBackEqual() {
        InboundEvent event = SampleEvents.received(new Content.Text("prezzi"));

        byte[] bytes = new ContractSerializer().serialize(Topics.INBOUND, event);

        assertThat(new InboundEventDeserializer().deserialize(Topics.INBOUND, bytes))
                .isEqualTo(event);
    }

    @Test
    void aTombstoneStaysNull() {
        assertThat(new InboundEventDeserializer().deserialize(Topics.INBOUND, null))
                .isNull();
        assertThat(new ContractSerializer().serialize(Topics.INBOUND, null)).isNull();
    }

    @Test
    void garbageIsAnInvalidEvent() {
        byte[] garbage = "{\"type\":\"MessageReceived\",\"header\":42}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new InboundEventDeserializer().deserialize(Topics.INBOUND, garbage))
                .isInstanceOf(InvalidEventException.class);
    }
}
