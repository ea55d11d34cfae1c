package io.switchboard.whatsapp.secrets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.common.crypto.EncryptedSecret;
import io.switchboard.common.crypto.SecretCipher;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.repository.ChannelRepository;
import io.switchboard.whatsapp.service.SecretResealer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A key rotation finished without downtime: rows sealed with the retired key keep working, and the background job
 * re-encrypts them under the active key ("dev" in tests; "retired" is the key that was active before).
 */
@QuarkusTest
class SecretResealTests {

    @Inject
    SecretResealer resealer;

    @Inject
    SecretCipher cipher;

    @Inject
    ChannelRepository channels;

    @Test
    void aChannelSealedWithTheRetiredKeyStillAnswersTheHandshake() {
        UUID channelId = channelSealedWithRetiredKey("verify-old-key", "app-secret-0123456789");

        given().queryParam("hub.mode", "subscribe")
                .queryParam("hub.verify_token", "verify-old-key")
                .queryParam("hub.challenge", "1158201444")
                .get("/webhooks/whatsapp/" + channelId)
                .then()
                .statusCode(200)
                .body(equalTo("1158201444"));
    }

    @Test
    void theJobReencryptsOldRowsUnderTheActiveKeyAndTheyStillOpen() {
        UUID channelId = channelSealedWithRetiredKey("verify-rotated", "app-secret-abcdefghij");

        resealer.resealAll();

        WhatsAppChannel row = QuarkusTransaction.requiringNew().call(() -> channels.findById(channelId));
        for (String stored : List.of(row.accessToken, row.appSecret, row.previousAppSecret, row.verifyToken)) {
            assertThat(EncryptedSecret.fromStored(stored).keyId()).isEqualTo("dev");
        }
        assertThat(open(row.verifyToken, channelId, "verify-token")).isEqualTo("verify-rotated");
        assertThat(open(row.appSecret, channelId, "app-secret")).isEqualTo("app-secret-abcdefghij");
        assertThat(open(row.accessToken, channelId, "access-token")).isEqualTo("EAAG-old-token");
        assertThat(open(row.previousAppSecret, channelId, "previous-app-secret"))
                .isEqualTo("app-secret-older");
    }

    @Test
    void runningTheJobAgainChangesNothing() {
        UUID channelId = channelSealedWithRetiredKey("verify-twice", "app-secret-twice12345");
        resealer.resealAll();
        WhatsAppChannel first = QuarkusTransaction.requiringNew().call(() -> channels.findById(channelId));

        resealer.resealAll();

        WhatsAppChannel second = QuarkusTransaction.requiringNew().call(() -> channels.findById(channelId));
        assertThat(second.accessToken).isEqualTo(first.accessToken);
        assertThat(second.version).isEqualTo(first.version);
    }

    private String open(String stored, UUID channelId, String field) {
        return cipher.decrypt(EncryptedSecret.fromStored(stored), "whatsapp:" + channelId + ":" + field);
    }

    /** A channel written while "retired" was the active key. */
    private UUID channelSealedWithRetiredKey(String verifyToken, String appSecret) {
        SecretCipher retired = new SecretCipher(
                "retired",
                Map.of(
                        "retired",
                        ConfigProvider.getConfig().getValue("switchboard.crypto.keys.retired", String.class)));
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            WhatsAppChannel row = new WhatsAppChannel();
            row.id = id;
            row.tenantId = "t-" + UUID.randomUUID();
            row.phoneNumberId = "1065" + (System.nanoTime() % 100_000_000_000L);
            row.wabaId = "419561257915477";
            row.accessToken = seal(retired, id, "access-token", "EAAG-old-token");
            row.appSecret = seal(retired, id, "app-secret", appSecret);
            row.previousAppSecret = seal(retired, id, "previous-app-secret", "app-secret-older");
            row.previousAppSecretValidUntil = Instant.now().plusSeconds(3600);
            row.verifyToken = seal(retired, id, "verify-token", verifyToken);
            row.health = ChannelHealth.HEALTHY;
            row.createdAt = Instant.now();
            row.updatedAt = row.createdAt;
            channels.persist(row);
        });
        return id;
    }

    private static String seal(SecretCipher cipher, UUID channelId, String field, String plaintext) {
        return cipher.encrypt(plaintext, "whatsapp:" + channelId + ":" + field).toStored();
    }
}
