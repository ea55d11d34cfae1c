package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.telegram.PendingUpdate;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/**
 * Routes a new update to a bot: numbered and queued when the bot receives its kind (see {@code allowed_updates}),
 * then pushed to the webhook if one is set, or left for {@code getUpdates}.
 */
@ApplicationScoped
public class UpdateDispatcher {

    private final TelegramWebhookPusher pusher;
    private final Clock clock;

    UpdateDispatcher(TelegramWebhookPusher pusher, Clock clock) {
        this.pusher = pusher;
        this.clock = clock;
    }

    /** The queued update; empty when the bot did not subscribe to {@code type}. */
    public Optional<PendingUpdate> dispatch(SimulatedBot bot, String type, ObjectNode content) {
        if (!bot.receives(type)) {
            return Optional.empty();
        }
        PendingUpdate update = bot.updates().add(type, content, clock.instant());
        if (bot.webhook().isPresent()) {
            pusher.kick(bot);
        }
        return Optional.of(update);
    }
}
