package io.switchboard.whatsapp.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The idempotency record of one outbound command: written before the send, so a redelivery never sends twice. */
@Entity
@Table(name = "sent_message")
public class SentMessage extends PanacheEntityBase {

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "channel_id")
    public UUID channelId;

    @Enumerated(EnumType.STRING)
    public SendState state;

    /** The first part's {@code wamid}: the one the ACCEPTED receipt names. */
    @Column(name = "platform_message_id")
    public String platformMessageId;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_title")
    public String errorTitle;

    @Column(name = "error_detail")
    public String errorDetail;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
