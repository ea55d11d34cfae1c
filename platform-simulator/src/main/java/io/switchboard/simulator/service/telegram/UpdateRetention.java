package io.switchboard.simulator.service.telegram;

import io.quarkus.scheduler.Scheduled;
import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.repository.BotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Forgets updates no bot confirmed in time, as Telegram keeps them at most 24 hours. */
@ApplicationScoped
public class UpdateRetention {

    private final BotRepository bots;
    private final Clock clock;
    private final SimulatorConfig config;

    UpdateRetention(BotRepository bots, Clock clock, SimulatorConfig config) {
        this.bots = bots;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "1m", delayed = "1m")
    void forgetExpired() {
        Instant cutoff = clock.instant().minus(config.telegram().updateRetention());
        bots.all().forEach(bot -> bot.updates().forgetCreatedBefore(cutoff));
    }
}
