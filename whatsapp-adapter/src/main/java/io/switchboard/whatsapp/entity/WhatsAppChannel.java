package io.switchboard.whatsapp.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.contract.delivery.PlatformError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One business phone number a tenant registered. The secret columns hold {@code SecretCipher} ciphertexts; read
 * them through {@code ChannelSecrets}. A removed channel keeps its row (so late commands and webhooks get a clear
 * answer) but loses its secrets.
 */
@Entity
@Table(name = "whatsapp_channel")
public class WhatsAppChannel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "phone_number_id")
    public String phoneNumberId;

    @Column(name = "waba_id")
    public String wabaId;

    @Column(name = "display_phone_number")
    public String displayPhoneNumber;

    @Column(name = "verified_name")
    public String verifiedName;

    @Column(name = "quality_rating")
    public String qualityRating;

    @Column(name = "throughput_level")
    public String throughputLevel;

    @Column(name = "catalog_id")
    public String catalogId;

    public boolean coexistence;

    /** The tenant's own pacing, when set; otherwise derived from the throughput level. */
    @Column(name = "messages_per_second")
    public Integer messagesPerSecond;

    @Column(name = "access_token")
    public String accessToken;

    @Column(name = "app_secret")
    public String appSecret;

    @Column(name = "previous_app_secret")
    public String previousAppSecret;

    @Column(name = "previous_app_secret_valid_until")
    public Instant previousAppSecretValidUntil;

    @Column(name = "verify_token")
    public String verifyToken;

    @Enumerated(EnumType.STRING)
    public ChannelHealth health;

    @Column(name = "health_detail")
    public String healthDetail;

    /** The latest error Meta reported about the number as a whole; {@code null} when there is none. */
    @Column(name = "last_error_code")
    public String lastErrorCode;

    @Column(name = "last_error_title")
    public String lastErrorTitle;

    @Column(name = "last_error_detail")
    public String lastErrorDetail;

    @Column(name = "last_error_at")
    public Instant lastErrorAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Version
    public long version;

    public boolean removed() {
        return removedAt != null;
    }

    public PlatformError lastError() {
        return lastErrorCode == null ? null : new PlatformError(lastErrorCode, lastErrorTitle, lastErrorDetail);
    }
}
