package io.switchboard.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts channel secrets at rest with AES-256-GCM. Seals with the active key; opens with whichever key sealed the
 * secret, so a new active key can be rolled out first and rows re-encrypted afterwards without downtime.
 *
 * <p>Each secret is bound to where it belongs (its context, such as {@code whatsapp:<channel>:access-token}) as GCM
 * associated data: a ciphertext copied to another row or field does not decrypt.
 */
public final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final String activeKeyId;
    private final Map<String, SecretKeySpec> keys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param base64Keys key id to a base64-encoded 256-bit key (generate one with {@code openssl rand -base64 32})
     */
    public SecretCipher(String activeKeyId, Map<String, String> base64Keys) {
        if (base64Keys.isEmpty()) {
            throw new IllegalArgumentException("no encryption key is configured: set switchboard.crypto.keys.<id>"
                    + " to a base64 256-bit key (openssl rand -base64 32) and switchboard.crypto.active-key-id");
        }
        this.keys = new TreeMap<>();
        base64Keys.forEach((id, encoded) -> keys.put(id, key(id, encoded)));
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException(
                    "the active key id '" + activeKeyId + "' is not among the configured" + " keys " + keys.keySet());
        }
        this.activeKeyId = activeKeyId;
    }

    public EncryptedSecret encrypt(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = new byte[NONCE_BYTES + ciphertext.length];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
            System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
            return new EncryptedSecret(activeKeyId, sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @throws SecretUnreadableException when the key is unknown, or the secret was altered or belongs elsewhere
     */
    public String decrypt(EncryptedSecret secret, String context) {
        SecretKeySpec key = keys.get(secret.keyId());
        if (key == null) {
            throw new SecretUnreadableException(
                    "the secret was sealed with key '" + secret.keyId() + "', which is not configured any more");
        }
        byte[] sealed = secret.sealed();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plaintext = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new SecretUnreadableException("the secret does not decrypt: altered, or stored for another context");
        }
    }

    /** Whether a stored secret should be re-encrypted with the active key. */
    public boolean isSealedWithActiveKey(EncryptedSecret secret) {
        return activeKeyId.equals(secret.keyId());
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    private static SecretKeySpec key(String id, String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key '" + id + "' is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "key '" + id + "' has " + bytes.length + " bytes; AES-256 needs " + KEY_BYTES);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
