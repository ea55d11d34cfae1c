package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.client.WebhookClient;
import io.switchboard.simulator.client.WebhookResponse;
import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.telegram.BotWebhook;
import io.switchboard.simulator.model.telegram.PendingUpdate;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.service.Timers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Pushes a bot's pending updates to its webhook, one at a time and in order, as Telegram does: an update leaves the
 * queue when the webhook answers 2xx; otherwise it is retried with a doubling backoff, the error shows in
 * {@code getWebhookInfo}, and after the last attempt it is given up so later updates can flow.
 */
@ApplicationScoped
public class TelegramWebhookPusher {

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = Logger.getLogger(TelegramWebhookPusher.class);

    private final WebhookClient client;
    private final Timers timers;
    private final Clock clock;
    private final SimulatorConfig.Telegram config;

    TelegramWebhookPusher(WebhookClient client, Timers timers, Clock clock, SimulatorConfig config) {
        this.client = client;
        this.timers = timers;
        this.clock = clock;
        this.config = config.telegram();
    }

    /** Starts pushing unless a push for this bot is already under way (it will pick up new updates). */
    public void kick(SimulatedBot bot) {
        if (bot.startDelivering()) {
            pushNext(bot);
        }
    }

    private void pushNext(SimulatedBot bot) {
        Optional<BotWebhook> webhook = bot.webhook();
        Optional<PendingUpdate> next = bot.updates().head();
        if (webhook.isEmpty() || next.isEmpty()) {
            bot.stopDelivering();
            // An update or a webhook may have arrived between the look and the stop.
            if (bot.webhook().isPresent() && bot.updates().head().isPresent()) {
                kick(bot);
            }
            return;
        }
        push(bot, webhook.get(), next.get());
    }

    private void push(SimulatedBot bot, BotWebhook webhook, PendingUpdate update) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (webhook.secretToken() != null) {
            headers.put(SECRET_HEADER, webhook.secretToken());
        }
        byte[] body = update.json().toString().getBytes(StandardCharsets.UTF_8);
        client.post(webhook.url(), headers, body)
                .thenAccept(response -> afterPush(bot, update, response))
                .exceptionally(failure -> {
                    LOG.errorf(failure, "telegram webhook push failed bot=%d", bot.id());
                    bot.stopDelivering();
                    return null;
                });
    }

    private void afterPush(SimulatedBot bot, PendingUpdate update, WebhookResponse response) {
        update.attempted(response.status());
        if (response.successful()) {
            bot.updates().remove(update);
            pushNext(bot);
            return;
        }
        bot.recordError(clock.instant(), errorMessage(response));
        int failures = update.failedOnce();
        LOG.debugf(
                "telegram webhook refused bot=%d update=%d status=%s attempt=%d",
                bot.id(), update.updateId(), response.status(), failures);
        if (failures >= config.webhookMaxAttempts()) {
            bot.updates().remove(update);
            pushNext(bot);
        } else {
            timers.schedule(backoff(failures), () -> pushNext(bot));
        }
    }

    private Duration backoff(int failures) {
        Duration delay = config.webhookRetryInitialBackoff().multipliedBy(1L << Math.min(failures - 1, 20));
        return delay.compareTo(config.webhookRetryMaxBackoff()) > 0 ? config.webhookRetryMaxBackoff() : delay;
    }

    /** In Telegram's words, e.g. {@code Wrong response from the webhook: 401 Unauthorized}. */
    private static String errorMessage(WebhookResponse response) {
        if (response.status() == null) {
            return response.error();
        }
        Response.Status known = Response.Status.fromStatusCode(response.status());
        return "Wrong response from the webhook: " + response.status()
                + (known == null ? "" : " " + known.getReasonPhrase());
    }
}
