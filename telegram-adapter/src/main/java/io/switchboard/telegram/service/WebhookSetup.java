package io.switchboard.telegram.service;

import io.switchboard.telegram.botapi.DeleteWebhookRequest;
import io.switchboard.telegram.botapi.SetWebhookRequest;
import io.switchboard.telegram.client.BotApiClient;
import io.switchboard.telegram.config.TelegramConfig;
import io.switchboard.telegram.entity.ChannelMode;
import io.switchboard.telegram.mapping.UpdateNormaliser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells Telegram how a bot's updates should reach us. Pending updates are never dropped: switching modes must not lose
 * what customers already wrote.
 */
@ApplicationScoped
public class WebhookSetup {

    @Inject
    BotApiClient botApi;

    @Inject
    TelegramConfig config;

    /**
     * @param webhookUrl and {@code secret} are used in WEBHOOK mode only
     */
    public void apply(String token, ChannelMode mode, String webhookUrl, String secret) {
        switch (mode) {
            case WEBHOOK ->
                botApi.setWebhook(
                        token,
                        new SetWebhookRequest(
                                webhookUrl,
                                secret,
                                UpdateNormaliser.HANDLED_UPDATES,
                                config.webhook().maxConnections()));
            case POLLING -> botApi.deleteWebhook(token, new DeleteWebhookRequest(false));
        }
    }

    public void remove(String token) {
        botApi.deleteWebhook(token, new DeleteWebhookRequest(false));
    }
}
