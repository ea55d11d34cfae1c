package io.switchboard.gateway.entity;

import io.switchboard.contract.Platform;
import io.switchboard.contract.channel.ChannelHealth;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A channel as its adapter last announced it: the gateway's read-only copy, never with a secret. */
@Entity
@Table(name = "channel")
public class DirectoryChannel {

    @Id
    public String id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    @Column(name = "display_name")
    public String displayName;

    public String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChannelHealth health;

    @Column(name = "health_detail")
    public String healthDetail;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> properties;

    @Column(name = "last_error_code")
    public String lastErrorCode;

    @Column(name = "last_error_title")
    public String lastErrorTitle;

    @Column(name = "last_error_detail")
    public String lastErrorDetail;

    @Column(name = "last_error_at")
    public Instant lastErrorAt;

    @Column(nullable = false)
    public boolean removed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
