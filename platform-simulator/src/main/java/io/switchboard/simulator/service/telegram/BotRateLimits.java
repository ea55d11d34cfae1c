package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.model.limits.LimitRefusal;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The Bot API's flood limits on sends: per chat, per group and per bot. A refused send is counted on the bot and
 * answered 429 with {@code retry_after}: the whole seconds after which the same send would pass.
 */
@ApplicationScoped
class BotRateLimits {

    private static final Logger LOG = Logger.getLogger(BotRateLimits.class);

    private final Clock clock;

    BotRateLimits(Clock clock) {
        this.clock = clock;
    }

    /** Admits {@code messages} messages to {@code chat} (an album counts each item), or refuses them all. */
    void admit(SimulatedBot bot, KnownChat chat, int messages) {
        Optional<LimitRefusal> refused = bot.limiter().admit(chat.id(), chat.isGroup(), messages, clock.instant());
        if (refused.isEmpty()) {
            return;
        }
        LimitRefusal refusal = refused.get();
        bot.violations().count(refusal.kind());
        String limit = refusal.kind().wireName();
        Integer retryAfter = refusal.retryAfterSeconds();
        LOG.debugf("bot api flood limit bot=%s limit=%s retry_after=%s", bot.id(), limit, retryAfter);
        throw BotApiException.tooManyRequests(retryAfter);
    }
}
