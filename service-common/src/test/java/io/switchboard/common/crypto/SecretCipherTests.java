package io.switchboard.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretCipherTests {

    private static final String OLD_KEY = newKey();
    private static final String NEW_KEY = newKey();
    private static final String CONTEXT = "whatsapp:wa-1:access-token";

    private final SecretCipher cipher = new SecretCipher("k1", Map.of("k1", OLD_KEY));

    @Test
    void aSecretDecryptsInItsOwnContext() {
        EncryptedSecret sealed = cipher.encrypt("EAAG-token", CONTEXT);

        assertThat(cipher.decrypt(sealed, CONTEXT)).isEqualTo("EAAG-token");
    }

    @Test
    void theStoredFormContainsNoPlaintext() {
        String stored = cipher.encrypt("EAAG-token", CONTEXT).toStored();

        assertThat(stored).startsWith("v1:k1:").doesNotContain("EAAG");
        assertThat(new String(Base64.getDecoder().decode(stored.substring(6)), StandardCharsets.ISO_8859_1))
                .doesNotContain("EAAG");
    }

    @Test
    void encryptingTwiceGivesDifferentCiphertexts() {
        assertThat(cipher.encrypt("same", CONTEXT).toStored())
                .isNotEqualTo(cipher.encrypt("same", CONTEXT).toStored());
    }

    @Test
    void aSecretMovedToAnotherChannelDoesNotDecrypt() {
        EncryptedSecret sealed = cipher.encrypt("EAAG-token", CONTEXT);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "whatsapp:wa-2:access-token"))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void aTamperedCiphertextDoesNotDecrypt() {
        byte[] bytes = cipher.encrypt("EAAG-token", CONTEXT).sealed();
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(new EncryptedSecret("k1", bytes), CONTEXT))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void afterRotationOldSecretsStillOpenAndNewOnesUseTheNewKey() {
        EncryptedSecret old = cipher.encrypt("EAAG-token", CONTEXT);
        SecretCipher rotated = new SecretCipher("k2", Map.of("k1", OLD_KEY, "k2", NEW_KEY));

        assertThat(rotated.decrypt(EncryptedSecret.fromStored(old.toStored()), CONTEXT))
                .isEqualTo("EAAG-token");
        assertThat(rotated.isSealedWithActiveKey(old)).isFalse();
        assertThat(rotated.encrypt("x", CONTEXT).keyId()).isEqualTo("k2");
    }

    @Test
    void aRetiredKeyIsReportedByName() {
        EncryptedSecret old = cipher.encrypt("EAAG-token", CONTEXT);
        SecretCipher withoutOldKey = new SecretCipher("k2", Map.of("k2", NEW_KEY));

        assertThatThrownBy(() -> withoutOldKey.decrypt(old, CONTEXT))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("'k1'");
    }

    @Test
    void keysMustBe256Bits() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new SecretCipher("k1", Map.of("k1", shortKey)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AES-256");
    }

    @Test
    void theActiveKeyMustBeConfigured() {
        assertThatThrownBy(() -> new SecretCipher("k9", Map.of("k1", OLD_KEY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k9");
    }

    @Test
    void theRecordsStringFormShowsNoCiphertext() {
        assertThat(cipher.encrypt("EAAG-token", CONTEXT).toString()).isEqualTo("EncryptedSecret[keyId=k1]");
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
