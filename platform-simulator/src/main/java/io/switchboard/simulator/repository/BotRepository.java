package io.switchboard.simulator.repository;

import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.telegram.BotLimits;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.model.telegram.TelegramBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** The bots the simulated Bot API knows, in memory, by bot id. */
@ApplicationScoped
public class BotRepository {

    private final Map<Long, SimulatedBot> bots = new ConcurrentHashMap<>();
    private final SimulatorConfig config;
    private final Clock clock;

    BotRepository(SimulatorConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Registers {@code bot} with the default flood limits, replacing a bot with the same id together with its webhook
     * and pending updates. Update ids start at an arbitrary positive number, as on Telegram, so nobody relies on them
     * starting at 1.
     */
    public SimulatedBot save(TelegramBot bot) {
        long firstUpdateId = ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
        SimulatedBot simulated = new SimulatedBot(bot, firstUpdateId, BotLimits.defaults(config), clock.instant());
        bots.put(bot.id(), simulated);
        return simulated;
    }

    public Optional<SimulatedBot> find(long botId) {
        return Optional.ofNullable(bots.get(botId));
    }

    /** The bot {@code token} belongs to, if the token is exactly the one BotFather issued. */
    public Optional<SimulatedBot> findByToken(String token) {
        return find(TelegramBot.idOf(token))
                .filter(bot -> bot.registration().token().equals(token));
    }

    public Collection<SimulatedBot> all() {
        return List.copyOf(bots.values());
    }
}
