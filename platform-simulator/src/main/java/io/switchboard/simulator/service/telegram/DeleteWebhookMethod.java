package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** {@code deleteWebhook}: back to {@code getUpdates}; pending updates stay unless {@code drop_pending_updates}. */
@ApplicationScoped
public class DeleteWebhookMethod implements BotMethod {

    @Override
    public String name() {
        return "deleteWebhook";
    }

    @Override
    public CompletionStage<BotApiReply> call(SimulatedBot bot, BotParameters parameters) {
        return CompletableFuture.completedFuture(delete(bot, parameters));
    }

    /** Also what {@code setWebhook} with an empty URL does. */
    static BotApiReply delete(SimulatedBot bot, BotParameters parameters) {
        boolean hadWebhook = bot.webhook().isPresent();
        bot.removeWebhook();
        if (parameters.flag("drop_pending_updates")) {
            bot.updates().clear();
        }
        return BotApiReply.ok(true, hadWebhook ? "Webhook was deleted" : "Webhook is already deleted");
    }
}
