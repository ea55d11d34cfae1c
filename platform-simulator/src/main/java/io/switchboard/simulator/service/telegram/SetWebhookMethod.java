package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.BotWebhook;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * {@code setWebhook}: from now on updates are pushed to {@code url} (with {@code secret_token} in a header), and
 * {@code getUpdates} is refused. An empty {@code url} removes the webhook. Unlike Telegram, plain {@code http} URLs are
 * accepted, so tests can point at a local service.
 */
@ApplicationScoped
public class SetWebhookMethod implements BotMethod {

    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final int DEFAULT_MAX_CONNECTIONS = 40;

    private final TelegramWebhookPusher pusher;

    SetWebhookMethod(TelegramWebhookPusher pusher) {
        this.pusher = pusher;
    }

    @Override
    public String name() {
        return "setWebhook";
    }

    @Override
    public CompletionStage<BotApiReply> call(SimulatedBot bot, BotParameters parameters) {
        String url = parameters.text("url").orElse("").trim();
        if (url.isEmpty()) {
            return CompletableFuture.completedFuture(DeleteWebhookMethod.delete(bot, parameters));
        }
        checkUrl(url);
        String secretToken = parameters
                .text("secret_token")
                .filter(token -> !token.isEmpty())
                .orElse(null);
        if (secretToken != null && !SECRET_TOKEN.matcher(secretToken).matches()) {
            throw BotApiException.badRequest(
                    secretToken.length() > 256
                            ? "secret token is too long"
                            : "secret token contains unallowed characters");
        }
        int maxConnections =
                (int) Math.clamp(parameters.integer("max_connections").orElse((long) DEFAULT_MAX_CONNECTIONS), 1, 100);
        parameters.strings("allowed_updates").ifPresent(bot::setAllowedUpdates);
        if (parameters.flag("drop_pending_updates")) {
            bot.updates().clear();
        }
        BotWebhook webhook = new BotWebhook(url, secretToken, maxConnections);
        Optional<BotWebhook> previous = bot.webhook();
        bot.setWebhook(webhook);
        bot.updates().terminateWaitingPoll("terminated by setWebhook request");
        pusher.kick(bot);
        boolean unchanged = previous.isPresent() && previous.get().equals(webhook);
        return CompletableFuture.completedFuture(
                BotApiReply.ok(true, unchanged ? "Webhook is already set" : "Webhook was set"));
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw BotApiException.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
            }
        } catch (URISyntaxException e) {
            throw BotApiException.badRequest("bad webhook: Failed to resolve host: Name or service not known");
        }
    }
}
