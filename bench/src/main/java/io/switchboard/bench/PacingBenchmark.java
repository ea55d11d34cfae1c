package io.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.testsupport.kafka.KafkaTestClient;
import io.switchboard.testsupport.simulator.SimulatorClient;
import io.switchboard.testsupport.simulator.TelegramBot;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import io.switchboard.testsupport.suite.Suite;
import io.switchboard.testsupport.suite.SuiteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Do the adapters send as fast as the platforms allow, and never faster? Starts the whole suite, publishes bursts of
 * outbound commands the way the gateway does, and reads from the simulator (which enforces the platforms' limits and
 * counts refusals) how fast sends were accepted. Each result is a ratio: accepted sends per second over the rate the
 * platform allows.
 *
 * <p>Scenarios (the issues' "done when"): 2,000 commands to one WhatsApp number (80/s); 2,000 Telegram messages over
 * 400 chats (30/s per bot); 500 messages to one Telegram group. Telegram allows 20 messages a minute in a group, so
 * that scenario runs 30 times faster on both sides (group 600/min, chat 30/s, bot 900/s in the simulator and in the
 * adapter's pacing): the same limits in the same proportions, 50 s instead of 25 minutes.
 */
public final class PacingBenchmark {

    private static final int WHATSAPP_BURST = 2_000;
    private static final int TELEGRAM_CHATS = 400;
    private static final int TELEGRAM_SPREAD = 2_000;
    private static final int TELEGRAM_GROUP_BURST = 500;
    private static final int TIME_COMPRESSION = 30;
    /**
     * Commands sent (to another number, bot or group) before each measured burst and not reported: a freshly started
     * JVM runs the send path interpreted at first and needs some thousand sends to compile it, which is not the
     * pacing being measured.
     */
    private static final int WARM_UP = 800;

    private PacingBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path directory =
                Path.of(args.length > 0 ? args[0] : "bench/target/pacing").toAbsolutePath();
        // An optional second argument runs one platform's scenarios only: whatsapp or telegram.
        String only = args.length > 1 ? args[1] : null;
        List<PacingResult> results = new ArrayList<>();
        try (Suite suite = Suite.start(SuiteOptions.throwaway(directory));
                KafkaTestClient kafka = new KafkaTestClient(suite.kafkaBootstrapServers())) {
            BenchTenant tenant = new BenchTenant(suite);
            Commands commands = new Commands(kafka, suite.kafkaBootstrapServers(), BenchTenant.ID);
            if (only == null || only.equals("whatsapp")) {
                // The WhatsApp send path does the most per message: it warms up unpaced, and longer.
                whatsAppBurst(tenant, commands, "warm-up", 3 * WARM_UP, false);
                double before = whatsAppBurst(tenant, commands, "unpaced ceiling", WHATSAPP_BURST, false)
                        .achievedRate();
                PacingResult paced =
                        whatsAppBurst(tenant, commands, "WhatsApp: 2,000 commands to one number", WHATSAPP_BURST, true);
                double after = whatsAppBurst(tenant, commands, "unpaced ceiling", WHATSAPP_BURST, false)
                        .achievedRate();
                results.add(paced.withCeiling((before + after) / 2));
            }
            if (only == null || only.equals("telegram")) {
                telegramSpread(tenant, commands, "warm-up", WARM_UP);
                results.add(
                        telegramSpread(tenant, commands, "Telegram: 2,000 messages over 400 chats", TELEGRAM_SPREAD));
                suite.app(Suite.TELEGRAM).restart(compressedTelegramPacing());
                telegramGroupBurst(tenant, commands, "warm-up", WARM_UP / 4);
                results.add(telegramGroupBurst(
                        tenant,
                        commands,
                        "Telegram: 500 messages to one group (time x" + TIME_COMPRESSION + ")",
                        TELEGRAM_GROUP_BURST));
            }
        }
        String report = PacingReport.markdown(results);
        Files.writeString(directory.resolve("pacing-report.md"), report);
        System.out.println(report);
        System.exit(results.stream().allMatch(PacingResult::passes) ? 0 : 1);
    }

    /**
     * @param paced false for the machine's ceiling: the simulator does not enforce its limits and the channel may send
     *     1,000 a second
     */
    private static PacingResult whatsAppBurst(
            BenchTenant tenant, Commands commands, String name, int count, boolean paced) {
        WhatsAppNumber number = WhatsAppNumber.sample("Bench WhatsApp");
        String channel = tenant.whatsAppChannel(number);
        if (!paced) {
            tenant.unpace(channel);
        }
        double allowed = tenant.simulator()
                .setWhatsAppLimits(number.phoneNumberId(), Map.of("enforced", paced))
                .get("throughputPerSecond")
                .asDouble();
        return new PacingScenario(
                        name,
                        Platform.WHATSAPP,
                        number.phoneNumberId(),
                        request -> request.get("path").asText().endsWith("/" + number.phoneNumberId() + "/messages"),
                        count,
                        allowed,
                        i -> ConversationRef.direct(channel, Long.toString(393_400_000_000L + i)))
                .run(commands, tenant.simulator());
    }

    private static PacingResult telegramSpread(BenchTenant tenant, Commands commands, String name, int count) {
        TelegramBot bot = TelegramBot.sample("bench_spread_bot");
        String channel = tenant.telegramChannel(bot);
        double allowed = tenant.simulator()
                .setTelegramLimits(bot.id(), Map.of("enforced", true))
                .get("botPerSecond")
                .asDouble();
        return new PacingScenario(
                        name,
                        Platform.TELEGRAM,
                        Long.toString(bot.id()),
                        sendMessageOf(bot),
                        count,
                        allowed,
                        i -> ConversationRef.direct(channel, Long.toString(7_100_000_000L + (i % TELEGRAM_CHATS))))
                .run(commands, tenant.simulator());
    }

    private static PacingResult telegramGroupBurst(BenchTenant tenant, Commands commands, String name, int count) {
        TelegramBot bot = TelegramBot.sample("bench_group_bot");
        String channel = tenant.telegramChannel(bot);
        long group = -4_000_000_001L;
        SimulatorClient simulator = tenant.simulator();
        simulator.setTelegramLimits(
                bot.id(),
                Map.of(
                        "enforced",
                        true,
                        "chatPerSecond",
                        TIME_COMPRESSION,
                        "groupPerMinute",
                        20 * TIME_COMPRESSION,
                        "botPerSecond",
                        30 * TIME_COMPRESSION));
        simulator.telegramBotJoins(bot.id(), group, "group", "Clienti Studio Rossi", "member");
        return new PacingScenario(
                        name,
                        Platform.TELEGRAM,
                        Long.toString(bot.id()),
                        sendMessageOf(bot),
                        count,
                        20.0 * TIME_COMPRESSION / 60,
                        i -> new ConversationRef(channel, Long.toString(group), ChatType.GROUP))
                .run(commands, simulator);
    }

    private static Predicate<JsonNode> sendMessageOf(TelegramBot bot) {
        return request -> request.get("path").asText().startsWith("/bot" + bot.id() + ":")
                && request.get("path").asText().endsWith("/sendMessage");
    }

    private static Map<String, String> compressedTelegramPacing() {
        return Map.of(
                "switchboard.telegram.pacing.chat-per-second", Integer.toString(TIME_COMPRESSION),
                "switchboard.telegram.pacing.group-per-minute", Integer.toString(20 * TIME_COMPRESSION),
                "switchboard.telegram.pacing.bot-per-second", Integer.toString(30 * TIME_COMPRESSION));
    }
}
