package io.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testsupport.simulator.SimulatorClient;
import io.switchboard.testsupport.simulator.TelegramBot;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import io.switchboard.testsupport.suite.Suite;
import io.switchboard.testsupport.suite.SuiteClient;
import java.util.List;
import java.util.Map;

/** A tenant with channels on the simulated platforms, registered through the public APIs like any business. */
final class BenchTenant {

    static final String ID = "bench";

    private final SuiteClient api;
    private final SimulatorClient simulator;
    private final String token;

    BenchTenant(Suite suite) {
        this.api = new SuiteClient(suite);
        this.simulator = new SimulatorClient(suite.url(Suite.SIMULATOR));
        api.ensureTenant(ID, "Benchmark");
        this.token = api.issueToken(ID, "bench@switchboard.local", List.of("admin"));
    }

    /** Registers a new WhatsApp number; returns its channel id. */
    String whatsAppChannel(WhatsAppNumber number) {
        simulator.addWhatsAppNumber(number);
        JsonNode channel =
                api.registerWhatsApp(token, number, "bench-verify").expect(201).json();
        return channel.get("channelId").asText();
    }

    /** Lets the channel send as fast as the adapter can (Meta's highest pace the API accepts). */
    void unpace(String whatsAppChannelId) {
        api.updateWhatsApp(token, whatsAppChannelId, Map.of("messagesPerSecond", 1000))
                .expect(200);
    }

    /** Registers a new bot in polling mode; returns its channel id. */
    String telegramChannel(TelegramBot bot) {
        simulator.addTelegramBot(bot);
        JsonNode channel =
                api.registerTelegram(token, bot, "POLLING", null).expect(201).json();
        return channel.get("channelId").asText();
    }

    SimulatorClient simulator() {
        return simulator;
    }
}
