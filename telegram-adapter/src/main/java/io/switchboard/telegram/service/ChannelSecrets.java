package io.switchboard.telegram.service;

import io.switchboard.common.crypto.EncryptedSecret;
import io.switchboard.common.crypto.SecretCipher;
import io.switchboard.telegram.entity.ChannelEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals and opens a channel's secrets. Each is bound to {@code telegram:<channel id>:<field>}, so a sealed value copied
 * to another row or column does not open.
 */
@ApplicationScoped
public class ChannelSecrets {

    static final String BOT_TOKEN = "bot-token";
    static final String WEBHOOK_SECRET = "webhook-secret";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SecretCipher cipher;

    public String botToken(ChannelEntity channel) {
        return open(channel.id, BOT_TOKEN, channel.botToken);
    }

    /** The webhook secret, or {@code null} for a channel that polls. */
    public String webhookSecret(ChannelEntity channel) {
        return channel.webhookSecret == null ? null : open(channel.id, WEBHOOK_SECRET, channel.webhookSecret);
    }

    public String sealBotToken(String channelId, String token) {
        return seal(channelId, BOT_TOKEN, token);
    }

    public String sealWebhookSecret(String channelId, String secret) {
        return seal(channelId, WEBHOOK_SECRET, secret);
    }

    /**
     * A fresh {@code secret_token}: 256 random bits as 43 characters of {@code A-Za-z0-9_-}, the alphabet Telegram
     * accepts.
     */
    public static String newWebhookSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String seal(String channelId, String field, String plaintext) {
        return cipher.encrypt(plaintext, context(channelId, field)).toStored();
    }

    private String open(String channelId, String field, String stored) {
        return cipher.decrypt(EncryptedSecret.fromStored(stored), context(channelId, field));
    }

    private static String context(String channelId, String field) {
        return "telegram:" + channelId + ":" + field;
    }
}
