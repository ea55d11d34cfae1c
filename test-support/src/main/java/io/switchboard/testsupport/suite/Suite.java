package io.switchboard.testsupport.suite;

import io.switchboard.testsupport.app.PackagedApp;
import io.switchboard.testsupport.kafka.KafkaBroker;
import io.switchboard.testsupport.postgres.PostgresDatabase;
import io.switchboard.testsupport.postgres.PostgresServer;
import io.switchboard.testsupport.process.ShutdownSequence;
import io.switchboard.testsupport.simulator.SimulatorClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole of Switchboard as real processes: a Kafka broker, the platform simulator, the four services as packaged
 * apps, each service with its own PostgreSQL database. The local run and the system tests both start it.
 */
public final class Suite implements AutoCloseable {

    public static final String SIMULATOR = "platform-simulator";
    public static final String GATEWAY = "gateway-service";
    public static final String WHATSAPP = "whatsapp-adapter";
    public static final String TELEGRAM = "telegram-adapter";
    public static final String CATALOG = "catalog-service";

    private final KafkaBroker broker;
    private final Map<String, PackagedApp> apps;
    private final List<PostgresDatabase> throwawayDatabases;
    private final SuiteSecrets secrets;

    private Suite(
            KafkaBroker broker,
            Map<String, PackagedApp> apps,
            List<PostgresDatabase> throwawayDatabases,
            SuiteSecrets secrets) {
        this.broker = broker;
        this.apps = apps;
        this.throwawayDatabases = throwawayDatabases;
        this.secrets = secrets;
    }

    /** Starts everything: the broker, the simulator, then the four services together. */
    public static Suite start(SuiteOptions options) {
        SuiteSecrets secrets = SuiteSecrets.in(options.directory().resolve("secrets"));
        Path logs = options.directory().resolve("logs");
        SuitePorts ports = options.ports();
        boolean keepData = options.keepData();
        KafkaBroker broker = KafkaBroker.start(options.directory().resolve("kafka"), ports.kafka());
        List<PostgresDatabase> throwaway = new ArrayList<>();
        Map<String, PackagedApp> apps = new LinkedHashMap<>();
        try {
            PackagedApp simulator = PackagedApp.start(SIMULATOR, ports.simulator(), options.configOf(SIMULATOR), logs);
            apps.put(SIMULATOR, simulator);
            options.beforeServices().accept(new SimulatorClient(simulator.baseUrl()));
            Map<String, Map<String, String>> services = new LinkedHashMap<>();
            services.put(GATEWAY, gatewayConfig(secrets));
            services.put(WHATSAPP, whatsappConfig(secrets, simulator.baseUrl(), ports.whatsapp()));
            services.put(TELEGRAM, telegramConfig(secrets, simulator.baseUrl()));
            services.put(CATALOG, Map.of());
            Map<String, Integer> servicePorts = Map.of(
                    GATEWAY,
                    ports.gateway(),
                    WHATSAPP,
                    ports.whatsapp(),
                    TELEGRAM,
                    ports.telegram(),
                    CATALOG,
                    ports.catalog());

            List<CompletableFuture<PackagedApp>> starting = new ArrayList<>();
            for (var service : services.entrySet()) {
                PostgresDatabase database = database(service.getKey(), keepData);
                if (!keepData) {
                    throwaway.add(database);
                }
                Map<String, String> config = new LinkedHashMap<>(common(secrets, broker, database));
                config.putAll(service.getValue());
                config.putAll(options.configOf(service.getKey()));
                starting.add(CompletableFuture.supplyAsync(
                        () -> PackagedApp.start(service.getKey(), servicePorts.get(service.getKey()), config, logs)));
            }
            for (CompletableFuture<PackagedApp> app : starting) {
                PackagedApp started = app.join();
                apps.put(started.module(), started);
            }
            Suite suite = new Suite(broker, apps, throwaway, secrets);
            ShutdownSequence.register(suite);
            return suite;
        } catch (RuntimeException e) {
            new Suite(broker, apps, throwaway, secrets).close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
    }

    public PackagedApp app(String module) {
        PackagedApp app = apps.get(module);
        if (app == null) {
            throw new IllegalArgumentException("no app " + module + " in the suite");
        }
        return app;
    }

    public String url(String module) {
        return app(module).baseUrl();
    }

    public String operatorToken() {
        return secrets.operatorToken();
    }

    /**
     * Stops the services (together: each waits for its consumers to leave their groups), then the simulator, then the
     * broker they needed for that; drops the throwaway databases.
     */
    @Override
    public void close() {
        ShutdownSequence.unregister(this);
        List<CompletableFuture<Void>> stopping = apps.values().stream()
                .filter(app -> !app.module().equals(SIMULATOR))
                .map(app -> CompletableFuture.runAsync(app::close))
                .toList();
        stopping.forEach(CompletableFuture::join);
        if (apps.containsKey(SIMULATOR)) {
            apps.get(SIMULATOR).close();
        }
        broker.close();
        throwawayDatabases.forEach(PostgresDatabase::close);
    }

    private static PostgresDatabase database(String module, boolean keepData) {
        String name = "switchboard_" + module.replace("-service", "").replace("-adapter", "");
        PostgresServer server = PostgresServer.fromEnvironment();
        return keepData ? PostgresDatabase.createIfMissing(server, name) : PostgresDatabase.createFresh(server, name);
    }

    private static Map<String, String> common(SuiteSecrets secrets, KafkaBroker broker, PostgresDatabase database) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.username());
        if (!database.password().isEmpty()) {
            config.put("quarkus.datasource.password", database.password());
        }
        config.put("mp.jwt.verify.publickey.location", secrets.publicKey().toString());
        config.put("mp.jwt.verify.issuer", io.switchboard.testsupport.jwt.TokenKeys.ISSUER);
        return config;
    }

    private static Map<String, String> gatewayConfig(SuiteSecrets secrets) {
        return Map.of(
                "smallrye.jwt.sign.key.location", secrets.privateKey().toString(),
                "switchboard.gateway.operator-token", secrets.operatorToken());
    }

    private static Map<String, String> whatsappConfig(SuiteSecrets secrets, String simulatorUrl, int port) {
        return Map.of(
                "switchboard.crypto.active-key-id",
                "k1",
                "switchboard.crypto.keys.k1",
                secrets.encryptionKey(),
                "switchboard.whatsapp.graph-api-url",
                simulatorUrl,
                "switchboard.whatsapp.public-base-url",
                "http://127.0.0.1:" + port);
    }

    private static Map<String, String> telegramConfig(SuiteSecrets secrets, String simulatorUrl) {
        return Map.of(
                "switchboard.crypto.active-key-id",
                "k1",
                "switchboard.crypto.keys.k1",
                secrets.encryptionKey(),
                "switchboard.telegram.bot-api-url",
                simulatorUrl,
                "switchboard.telegram.polling.timeout",
                "5");
    }
}
