package io.switchboard.telegram.entity;

import io.switchboard.contract.channel.ChannelHealth;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A registered bot. The token and the webhook secret are stored sealed ({@code SecretCipher}); a removed channel keeps
 * its row (with {@code removedAt}) so late webhooks and commands for it are answered as for a channel that is gone.
 */
@Entity
@Table(name = "channel")
public class ChannelEntity {

    @Id
    public String id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "bot_id")
    public long botId;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public ChannelMode mode;

    @Column(name = "public_base_url")
    public String publicBaseUrl;

    /** Sealed bot token. */
    @Column(name = "bot_token")
    public String botToken;

    /** Sealed {@code secret_token} Telegram echoes on every webhook; WEBHOOK mode only. */
    @Column(name = "webhook_secret")
    public String webhookSecret;

    @Column(name = "can_join_groups")
    public boolean canJoinGroups;

    @Column(name = "can_read_all_group_messages")
    public boolean canReadAllGroupMessages;

    @Enumerated(EnumType.STRING)
    public ChannelHealth health;

    @Column(name = "health_detail")
    public String healthDetail;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "removed_at")
    public Instant removedAt;

    public boolean isActive() {
        return removedAt == null;
    }
}
