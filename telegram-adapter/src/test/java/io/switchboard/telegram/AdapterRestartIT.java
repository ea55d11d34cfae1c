package io.switchboard.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.contract.Topics;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.testsupport.app.PackagedApp;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.jwt.TokenKeys;
import io.switchboard.testsupport.kafka.KafkaTestClient;
import io.switchboard.testsupport.kafka.SharedKafka;
import io.switchboard.testsupport.postgres.PostgresDatabase;
import io.switchboard.testsupport.postgres.PostgresServer;
import io.switchboard.testsupport.simulator.SharedSimulator;
import io.switchboard.testsupport.simulator.SimulatorClient;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged adapter really stopped and started again (same port, same database, same broker): what customers wrote
 * meanwhile reaches the gateway exactly once, in both modes. This is the adapter as a process, not a test application.
 */
class AdapterRestartIT {

    private static final long USER = 7012345678L;
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private static PostgresDatabase database;
    private static PackagedApp adapter;
    private static KafkaTestClient kafka;
    private static SimulatorClient simulator;

    @BeforeAll
    static void startTheAdapter() throws IOException {
        Path work = Path.of("target", "restart-it").toAbsolutePath();
        Files.createDirectories(work);
        Path publicKey = work.resolve("jwt-public-key.pem");
        Files.writeString(publicKey, TokenKeys.shared().publicKeyPem());
        database = PostgresDatabase.createFresh(PostgresServer.fromEnvironment(), "switchboard_telegram_it");
        simulator = SharedSimulator.client();
        kafka = new KafkaTestClient(SharedKafka.bootstrapServers());
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", SharedKafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.username());
        if (!database.password().isEmpty()) {
            config.put("quarkus.datasource.password", database.password());
        }
        config.put("mp.jwt.verify.publickey.location", publicKey.toString());
        config.put("mp.jwt.verify.issuer", TokenKeys.ISSUER);
        config.put("switchboard.crypto.active-key-id", "it");
        config.put("switchboard.crypto.keys.it", randomKey());
        config.put("switchboard.telegram.bot-api-url", simulator.baseUrl());
        config.put("switchboard.telegram.polling.timeout", "1");
        config.put("switchboard.telegram.polling.error-backoff", "200ms");
        adapter = PackagedApp.start("telegram-adapter", config, work);
    }

    @AfterAll
    static void stopTheAdapter() {
        if (adapter != null) {
            adapter.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aPollingBotLosesAndRepeatsNothingAcrossARestart() {
        TelegramBot bot = newBot();
        String tenant = "t-" + UUID.randomUUID();
        register(tenant, bot, "POLLING");
        write(bot, "prima del riavvio");
        awaitTexts(tenant, 1);

        restartWhile(() -> {
            write(bot, "durante il riavvio 1");
            write(bot, "durante il riavvio 2");
        });

        awaitTexts(tenant, 3);
        staysAt(tenant, 3);
        assertThat(texts(tenant))
                .containsExactlyInAnyOrder("prima del riavvio", "durante il riavvio 1", "durante il riavvio 2");
    }

    /**
     * A kill can land between Kafka's acknowledgement of an event and the commit that records its update: that update
     * is published again after the restart, under the same deduplication key, which the gateway keeps once. Nothing is
     * lost either way.
     */
    @Test
    void aPollingBotLosesNothingWhenTheAdapterIsKilled() {
        TelegramBot bot = newBot();
        String tenant = "t-" + UUID.randomUUID();
        register(tenant, bot, "POLLING");
        write(bot, "uno");
        awaitTexts(tenant, 1);

        for (int i = 2; i <= 6; i++) {
            write(bot, "messaggio " + i);
        }
        adapter.crashAndRestart();

        awaitTexts(tenant, 6);
        List<MessageReceived> received = messages(tenant);
        assertThat(received.stream().map(AdapterRestartIT::text).distinct())
                .containsExactlyInAnyOrder(
                        "uno", "messaggio 2", "messaggio 3", "messaggio 4", "messaggio 5", "messaggio 6");
        assertThat(received.stream().map(MessageReceived::deduplicationKey).distinct())
                .hasSize(6);
    }

    @Test
    void aWebhookBotGetsWhatWasWrittenWhileTheAdapterWasDownOnceAfterIt() {
        TelegramBot bot = newBot();
        String tenant = "t-" + UUID.randomUUID();
        register(tenant, bot, "WEBHOOK");
        write(bot, "prima del riavvio");
        awaitTexts(tenant, 1);

        restartWhile(() -> write(bot, "durante il riavvio"));

        awaitTexts(tenant, 2);
        staysAt(tenant, 2);
        assertThat(texts(tenant)).containsExactlyInAnyOrder("prima del riavvio", "durante il riavvio");
    }

    /** Stops the adapter, runs {@code whileDown} once it no longer answers, and waits until it is back. */
    private static void restartWhile(Runnable whileDown) {
        CompletableFuture<Void> restart = CompletableFuture.runAsync(adapter::restart);
        await().atMost(Duration.ofSeconds(60)).until(() -> !answers());
        whileDown.run();
        restart.join();
    }

    private static boolean answers() {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(adapter.baseUrl() + "/q/health/live"))
                            .timeout(Duration.ofSeconds(1))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TelegramBot newBot() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String secret = "AA"
                + (UUID.randomUUID().toString() + UUID.randomUUID())
                        .replace("-", "")
                        .substring(0, 33);
        TelegramBot bot = new TelegramBot(
                id + ":" + secret, "restart_" + Long.toHexString(id) + "_bot", "Studio Rossi", true, false);
        simulator.addTelegramBot(bot);
        return bot;
    }

    private static void register(String tenant, TelegramBot bot, String mode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("botToken", bot.token());
        body.put("mode", mode);
        if (mode.equals("WEBHOOK")) {
            body.put("publicBaseUrl", adapter.baseUrl());
        }
        new JsonHttp(adapter.baseUrl())
                .post("/api/v1/channels/telegram", body, JsonHttp.bearer(TestTokens.admin(tenant)))
                .expect(201);
    }

    private static void write(TelegramBot bot, String text) {
        simulator.telegramUserWrites(bot.id(), USER, "Giulia", text);
    }

    private static void awaitTexts(String tenant, int count) {
        kafka.awaitEvents(Topics.INBOUND, InboundEvent.class, event -> isFrom(event, tenant), count, EVENT_TIMEOUT);
    }

    /** Nothing more arrives for a while: no update is published twice. */
    private static void staysAt(String tenant, int count) {
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(30))
                .until(() -> messages(tenant).size() == count);
    }

    private static List<MessageReceived> messages(String tenant) {
        return kafka.events(Topics.INBOUND, InboundEvent.class, event -> isFrom(event, tenant)).stream()
                .map(MessageReceived.class::cast)
                .toList();
    }

    private static List<String> texts(String tenant) {
        return messages(tenant).stream().map(AdapterRestartIT::text).toList();
    }

    private static String text(MessageReceived message) {
        return ((Content.Text) message.content()).body();
    }

    private static boolean isFrom(InboundEvent event, String tenant) {
        return event.header().tenantId().equals(tenant) && event instanceof MessageReceived;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
