package io.switchboard.testsupport.kafka;

import io.switchboard.contract.TopicDefinition;
import io.switchboard.contract.Topics;
import io.switchboard.testsupport.process.FreePorts;
import io.switchboard.testsupport.process.JavaProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) in its own process, started from the Maven
 * Central jars listed in {@code broker.classpath} at build time. Ready in a few seconds; its data and log live under
 * the given directory.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "broker.classpath";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int PARTITIONS = 3;

    private final JavaProcess process;
    private final String bootstrapServers;

    private KafkaBroker(JavaProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Formats storage under {@code directory}, starts the broker on free ports, waits until it answers and creates
     * every topic of the suite.
     */
    public static KafkaBroker start(Path directory) {
        return start(directory, FreePorts.next());
    }

    /** As {@link #start(Path)} on a fixed client port (the local run prints a stable address). */
    public static KafkaBroker start(Path directory, int port) {
        int controllerPort = FreePorts.next();
        Path properties = directory.resolve("server.properties");
        Path log = directory.resolve("broker.log");
        List<String> classpath = brokerClasspath();
        try {
            Files.createDirectories(directory);
            Files.writeString(properties, serverProperties(directory.resolve("data"), port, controllerPort));
            Files.writeString(directory.resolve("log4j2.properties"), LOG_CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the broker directory " + directory, e);
        }

        JavaProcess.runToCompletion(
                "kafka-storage-format",
                classpath,
                "kafka.tools.StorageTool",
                List.of(
                        "format",
                        "-t",
                        clusterId(directory.resolve("data")),
                        "-c",
                        properties.toString(),
                        "--ignore-formatted"),
                directory.resolve("format.log"));

        JavaProcess process = JavaProcess.start(
                "kafka-broker",
                classpath,
                "kafka.Kafka",
                List.of(
                        "-Xms128m",
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties")),
                List.of(properties.toString()),
                Map.of(),
                log);
        KafkaBroker broker = new KafkaBroker(process, "127.0.0.1:" + port);
        broker.awaitReadyAndCreateTopics();
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public JavaProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }

    private void awaitReadyAndCreateTopics() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited during start:\n" + process.logTail(40));
            }
            try (Admin admin = Admin.create(adminConfig())) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                createTopics(admin);
                return;
            } catch (ExecutionException | TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
            }
            sleep(Duration.ofMillis(200));
        }
        process.close();
        throw new IllegalStateException(
                "the Kafka broker was not ready in " + READY_TIMEOUT + ":\n" + process.logTail(40), last);
    }

    private void createTopics(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        List<NewTopic> topics = Topics.ALL.stream().map(KafkaBroker::newTopic).toList();
        try {
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static NewTopic newTopic(TopicDefinition definition) {
        NewTopic topic = new NewTopic(definition.name(), PARTITIONS, (short) 1);
        if (definition.compacted()) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return topic;
    }

    private Properties adminConfig() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return config;
    }

    private static String serverProperties(Path dataDirectory, int port, int controllerPort) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=%4$d
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=%4$d
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=%4$d
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, dataDirectory, PARTITIONS);
    }

    /**
     * The cluster id of the data already in {@code dataDirectory} (a restarted local run keeps its data), or a new
     * one: 16 random bytes, URL-safe base64 without padding, as Kafka's own {@code Uuid} prints. Like Kafka's
     * {@code Uuid.randomUuid()}, an id starting with {@code -} is drawn again: the storage tool would read it as an
     * option (1 start in 64 failed with "argument --cluster-id/-t: expected one argument").
     */
    private static String clusterId(Path dataDirectory) {
        Path meta = dataDirectory.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties existing = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                existing.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + meta, e);
            }
            String id = existing.getProperty("cluster.id");
            if (id != null) {
                return id;
            }
        }
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private static List<String> brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "broker.classpath is missing: build test-support with Maven (./mvnw -pl test-support install)");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            List<String> entries = Arrays.asList(classpath.split(java.io.File.pathSeparator));
            entries.stream()
                    .filter(entry -> !Files.exists(Path.of(entry)))
                    .findFirst()
                    .ifPresent(missing -> {
                        throw new IllegalStateException("a Kafka jar is missing (" + missing
                                + "): rebuild test-support so Maven downloads it again");
                    });
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final String LOG_CONFIG = """
            status = warn
            appender.console.type = Console
            appender.console.name = console
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n
            rootLogger.level = warn
            rootLogger.appenderRef.console.ref = console
            logger.kafka.name = kafka
            logger.kafka.level = info
            logger.server.name = org.apache.kafka.server
            logger.server.level = info
            """;
}
