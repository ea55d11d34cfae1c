package io.switchboard.whatsapp.outage;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Every producer points at a broker that is not there; the database and the simulator are up. */
public class KafkaDownProfile implements QuarkusTestProfile {

    private static final String NOBODY = "127.0.0.1:1";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.outgoing.inbound-events.bootstrap.servers", NOBODY,
                "mp.messaging.outgoing.delivery-receipts.bootstrap.servers", NOBODY,
                "mp.messaging.outgoing.channel-events.bootstrap.servers", NOBODY,
                "mp.messaging.outgoing.webhook-batches.bootstrap.servers", NOBODY,
                "mp.messaging.incoming.outbound-commands.enabled", "false",
                "switchboard.whatsapp.kafka-ack-timeout", "8s");
    }
}
