package io.switchboard.common.crypto;

import java.util.Base64;
import java.util.Objects;

/**
 * A secret as stored: AES-256-GCM ciphertext (random 96-bit nonce, then ciphertext and tag) and the id of the key
 * that sealed it, so keys can rotate while old rows stay readable.
 */
public record EncryptedSecret(String keyId, byte[] sealed) {

    private static final String FORMAT = "v1";

    public EncryptedSecret {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(sealed, "sealed");
        sealed = sealed.clone();
    }

    @Override
    public byte[] sealed() {
        return sealed.clone();
    }

    /** One text column: {@code v1:<key id>:<base64>}. */
    public String toStored() {
        return FORMAT + ":" + keyId + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    public static EncryptedSecret fromStored(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new IllegalArgumentException("not a stored secret (expected v1:<key id>:<base64>)");
        }
        return new EncryptedSecret(parts[1], Base64.getDecoder().decode(parts[2]));
    }

    @Override
    public String toString() {
        return "EncryptedSecret[keyId=" + keyId + "]";
    }
}
