package io.switchboard.testsupport.kafka;

import java.nio.file.Path;

/**
 * One broker per test JVM, started on first use and stopped when the JVM exits. Set
 * {@code SWITCHBOARD_KAFKA_BOOTSTRAP_SERVERS} (or the system property {@code switchboard.kafka.bootstrap-servers}) to
 * use a broker that is already running instead.
 */
public final class SharedKafka {

    private static final String BOOTSTRAP_PROPERTY = "switchboard.kafka.bootstrap-servers";
    private static String bootstrapServers;

    private SharedKafka() {}

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = existingBroker();
            if (bootstrapServers == null) {
                Path directory = Path.of(
                                "target", "kafka-" + ProcessHandle.current().pid())
                        .toAbsolutePath();
                bootstrapServers = KafkaBroker.start(directory).bootstrapServers();
                // A @TestProfile restarts Quarkus in a new class loader, with a fresh copy of this class: the
                // property is how that copy finds the broker this JVM already runs.
                System.setProperty(BOOTSTRAP_PROPERTY, bootstrapServers);
            }
        }
        return bootstrapServers;
    }

    private static String existingBroker() {
        String configured = System.getProperty(BOOTSTRAP_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("SWITCHBOARD_KAFKA_BOOTSTRAP_SERVERS");
        }
        return configured == null || configured.isBlank() ? null : configured;
    }
}
