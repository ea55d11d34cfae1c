package io.switchboard.telegram.kafkadown;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The adapter with a broker that takes nothing: every producer points at a port nobody listens on. The outbound
 * consumer is off, so commands written by other tests are not taken by this application.
 */
public class KafkaDownProfile implements QuarkusTestProfile {

    private static final String NOWHERE = "127.0.0.1:1";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mp.messaging.outgoing.inbound-events.bootstrap.servers", NOWHERE,
                "mp.messaging.outgoing.channel-events.bootstrap.servers", NOWHERE,
                "mp.messaging.outgoing.delivery-receipts.bootstrap.servers", NOWHERE,
                "mp.messaging.incoming.outbound-commands.enabled", "false",
                "switchboard.telegram.intake.kafka-ack-timeout", "8s");
    }
}
