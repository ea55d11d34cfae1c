package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** {@code getWebhookInfo}: the webhook, the updates waiting for it and its most recent delivery error. */
@ApplicationScoped
public class GetWebhookInfoMethod implements BotMethod {

    @Override
    public String name() {
        return "getWebhookInfo";
    }

    @Override
    public CompletionStage<BotApiReply> call(SimulatedBot bot, BotParameters parameters) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("url", bot.webhook().map(webhook -> webhook.url()).orElse(""));
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", bot.updates().size());
        bot.lastError().ifPresent(error -> {
            info.put("last_error_date", error.date().getEpochSecond());
            info.put("last_error_message", error.message());
        });
        bot.webhook().ifPresent(webhook -> info.put("max_connections", webhook.maxConnections()));
        if (!bot.allowedUpdates().isEmpty()) {
            info.put("allowed_updates", bot.allowedUpdates());
        }
        return CompletableFuture.completedFuture(BotApiReply.ok(info));
    }
}
