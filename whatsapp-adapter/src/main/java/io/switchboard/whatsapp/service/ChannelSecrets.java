package io.switchboard.whatsapp.service;

import io.switchboard.common.crypto.EncryptedSecret;
import io.switchboard.common.crypto.SecretCipher;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Seals and opens a channel's secrets. Each is bound to its channel and field ({@code whatsapp:<channel>:<field>}),
 * so a ciphertext copied to another row or column does not open.
 */
@ApplicationScoped
public class ChannelSecrets {

    static final String ACCESS_TOKEN = "access-token";
    static final String APP_SECRET = "app-secret";
    static final String PREVIOUS_APP_SECRET = "previous-app-secret";
    static final String VERIFY_TOKEN = "verify-token";

    private final SecretCipher cipher;

    @Inject
    public ChannelSecrets(SecretCipher cipher) {
        this.cipher = cipher;
    }

    public void sealAccessToken(WhatsAppChannel channel, String accessToken) {
        channel.accessToken = seal(channel.id, ACCESS_TOKEN, accessToken);
    }

    public void sealVerifyToken(WhatsAppChannel channel, String verifyToken) {
        channel.verifyToken = seal(channel.id, VERIFY_TOKEN, verifyToken);
    }

    /** Sets the first app secret of a new channel. */
    public void sealAppSecret(WhatsAppChannel channel, String appSecret) {
        channel.appSecret = seal(channel.id, APP_SECRET, appSecret);
    }

    /** Replaces the app secret; the one it replaces keeps verifying signatures until {@code previousValidUntil}. */
    public void rotateAppSecret(WhatsAppChannel channel, String appSecret, Instant previousValidUntil) {
        String previous = open(channel.id, APP_SECRET, channel.appSecret);
        channel.previousAppSecret = seal(channel.id, PREVIOUS_APP_SECRET, previous);
        channel.previousAppSecretValidUntil = previousValidUntil;
        sealAppSecret(channel, appSecret);
    }

    public void forgetAll(WhatsAppChannel channel) {
        channel.accessToken = null;
        channel.appSecret = null;
        channel.previousAppSecret = null;
        channel.previousAppSecretValidUntil = null;
        channel.verifyToken = null;
    }

    public String accessToken(WhatsAppChannel channel) {
        return accessToken(channel.id, channel.accessToken);
    }

    /** The access token of a channel read without its entity (the send path). */
    public String accessToken(UUID channelId, String sealedAccessToken) {
        return open(channelId, ACCESS_TOKEN, sealedAccessToken);
    }

    public String verifyToken(WhatsAppChannel channel) {
        return open(channel.id, VERIFY_TOKEN, channel.verifyToken);
    }

    /** The app secrets a webhook signature may be made with at {@code now}: the current one, then the previous. */
    public List<String> signingSecrets(WhatsAppChannel channel, Instant now) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(open(channel.id, APP_SECRET, channel.appSecret));
        if (channel.previousAppSecret != null
                && channel.previousAppSecretValidUntil != null
                && now.isBefore(channel.previousAppSecretValidUntil)) {
            secrets.add(open(channel.id, PREVIOUS_APP_SECRET, channel.previousAppSecret));
        }
        return secrets;
    }

    /**
     * Re-encrypts every secret of the channel that another key than the active one sealed (after a key rotation).
     *
     * @return whether anything changed
     * @throws io.switchboard.common.crypto.SecretUnreadableException when a secret's key is not configured any more
     */
    public boolean resealWithActiveKey(WhatsAppChannel channel) {
        String accessToken = reseal(channel.id, ACCESS_TOKEN, channel.accessToken);
        String appSecret = reseal(channel.id, APP_SECRET, channel.appSecret);
        String previousAppSecret = reseal(channel.id, PREVIOUS_APP_SECRET, channel.previousAppSecret);
        String verifyToken = reseal(channel.id, VERIFY_TOKEN, channel.verifyToken);
        boolean changed = !Objects.equals(accessToken, channel.accessToken)
                || !Objects.equals(appSecret, channel.appSecret)
                || !Objects.equals(previousAppSecret, channel.previousAppSecret)
                || !Objects.equals(verifyToken, channel.verifyToken);
        channel.accessToken = accessToken;
        channel.appSecret = appSecret;
        channel.previousAppSecret = previousAppSecret;
        channel.verifyToken = verifyToken;
        return changed;
    }

    /** The key id new secrets are sealed with, as it appears in stored values ({@code v1:<key id>:...}). */
    public String activeKeyId() {
        return cipher.activeKeyId();
    }

    private String reseal(UUID channelId, String field, String stored) {
        if (stored == null || cipher.isSealedWithActiveKey(EncryptedSecret.fromStored(stored))) {
            return stored;
        }
        return seal(channelId, field, open(channelId, field, stored));
    }

    private String seal(UUID channelId, String field, String plaintext) {
        return cipher.encrypt(plaintext, context(channelId, field)).toStored();
    }

    private String open(UUID channelId, String field, String stored) {
        return cipher.decrypt(EncryptedSecret.fromStored(stored), context(channelId, field));
    }

    private static String context(UUID channelId, String field) {
        return "whatsapp:" + channelId + ":" + field;
    }
}
