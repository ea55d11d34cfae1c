package io.switchboard.whatsapp.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.crypto.SecretCipher;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.repository.ChannelRepository;
import io.switchboard.whatsapp.service.WebhookChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Puts a channel straight into the database, as registration would have left it, for tests about webhooks that need
 * neither Meta nor an announcement.
 */
@ApplicationScoped
public class TestChannels {

    /** What a test needs to play Meta for a channel. */
    public record Channel(UUID id, String tenantId, String phoneNumberId, String appSecret, String verifyToken) {

        public String webhookPath() {
            return "/webhooks/whatsapp/" + id;
        }
    }

    @Inject
    ChannelRepository channels;

    @Inject
    SecretCipher cipher;

    @Inject
    WebhookChannels webhookChannels;

    /** A fresh tenant's channel for the fixtures' phone number id. */
    public Channel create() {
        return create("106540352242922");
    }

    public Channel create(String phoneNumberId) {
        String tenantId = "t-" + UUID.randomUUID();
        return create(tenantId, phoneNumberId);
    }

    public Channel create(String tenantId, String phoneNumberId) {
        Channel channel = new Channel(
                UUID.randomUUID(),
                tenantId,
                phoneNumberId,
                UUID.randomUUID().toString().replace("-", ""),
                "verify-" + ThreadLocalRandom.current().nextInt(1_000_000));
        QuarkusTransaction.requiringNew().run(() -> {
            WhatsAppChannel row = new WhatsAppChannel();
            row.id = channel.id();
            row.tenantId = tenantId;
            row.phoneNumberId = phoneNumberId;
            row.wabaId = "419561257915477";
            row.displayPhoneNumber = "15550783881";
            row.verifiedName = "Test Shop";
            row.qualityRating = "GREEN";
            row.throughputLevel = "STANDARD";
            row.accessToken = seal(channel.id(), "access-token", "EAAG-test-token");
            row.appSecret = seal(channel.id(), "app-secret", channel.appSecret());
            row.verifyToken = seal(channel.id(), "verify-token", channel.verifyToken());
            row.health = ChannelHealth.HEALTHY;
            row.createdAt = Instant.now();
            row.updatedAt = row.createdAt;
            channels.persist(row);
        });
        return channel;
    }

    /** Gives the channel a new app secret, keeping the old one valid until {@code previousValidUntil}. */
    public Channel rotateAppSecret(Channel channel, Instant previousValidUntil) {
        String newSecret = UUID.randomUUID().toString().replace("-", "");
        QuarkusTransaction.requiringNew().run(() -> {
            WhatsAppChannel row = channels.findById(channel.id());
            row.previousAppSecret = seal(channel.id(), "previous-app-secret", channel.appSecret());
            row.previousAppSecretValidUntil = previousValidUntil;
            row.appSecret = seal(channel.id(), "app-secret", newSecret);
        });
        webhookChannels.forget(channel.id());
        return new Channel(channel.id(), channel.tenantId(), channel.phoneNumberId(), newSecret, channel.verifyToken());
    }

    public void remove(Channel channel) {
        QuarkusTransaction.requiringNew().run(() -> {
            WhatsAppChannel row = channels.findById(channel.id());
            row.removedAt = Instant.now();
        });
        webhookChannels.forget(channel.id());
    }

    private String seal(UUID channelId, String field, String plaintext) {
        return cipher.encrypt(plaintext, "whatsapp:" + channelId + ":" + field).toStored();
    }
}
