package io.switchboard.simulator.mapping;

import io.switchboard.simulator.model.telegram.BotView;
import io.switchboard.simulator.model.telegram.BotWebhook;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.model.telegram.TelegramBot;
import io.switchboard.simulator.model.telegram.WebhookError;
import io.switchboard.simulator.model.whatsapp.NumberView;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WebhookSubscription;
import java.util.Optional;

/** The simulator's live state as the control API shows it. */
public final class ControlViews {

    private ControlViews() {}

    public static NumberView number(SimulatedNumber number) {
        return new NumberView(
                number.number(),
                number.subscription().map(WebhookSubscription::url).orElse(null),
                number.deliveries().size(),
                number.limiter().limits(),
                number.violations().snapshot());
    }

    public static BotView bot(SimulatedBot bot) {
        TelegramBot registration = bot.registration();
        Optional<BotWebhook> webhook = bot.webhook();
        Optional<WebhookError> error = bot.lastError();
        return new BotView(
                bot.id(),
                registration.token(),
                registration.username(),
                registration.firstName(),
                registration.canJoinGroups(),
                registration.canReadAllGroupMessages(),
                registration.supportsInlineQueries(),
                registration.blockedChats(),
                webhook.map(BotWebhook::url).orElse(null),
                webhook.map(BotWebhook::secretToken).isPresent(),
                webhook.map(BotWebhook::maxConnections).orElse(null),
                bot.allowedUpdates(),
                bot.updates().size(),
                bot.updates().nextUpdateId(),
                error.map(WebhookError::date).orElse(null),
                error.map(WebhookError::message).orElse(null),
                bot.limiter().limits(),
                bot.violations().snapshot());
    }
}
