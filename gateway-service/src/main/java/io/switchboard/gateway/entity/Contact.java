package io.switchboard.gateway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person who wrote to a tenant on one channel, with what the platform told us about them. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "channel_id", nullable = false)
    public String channelId;

    @Column(name = "platform_user_id", nullable = false)
    public String platformUserId;

    @Column(name = "display_name")
    public String displayName;

    public String phone;

    public String username;

    public String language;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;
}
