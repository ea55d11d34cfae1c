package io.switchboard.telegram.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One outbound command and what became of it. A text longer than Telegram's limit goes out in several parts: the row
 * counts them, so a restart never repeats a part that went out.
 */
@Entity
@Table(name = "sent_message")
public class SentMessageEntity {

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "channel_id")
    public String channelId;

    @Column(name = "chat_id")
    public String chatId;

    @Enumerated(EnumType.STRING)
    public SentMessageState state;

    @Column(name = "parts_total")
    public int partsTotal;

    @Column(name = "parts_sent")
    public int partsSent;

    /** The part being sent right now; still set after a crash, it means that part's outcome is unknown. */
    @Column(name = "sending_part")
    public Integer sendingPart;

    /** Telegram's {@code message_id} of the first part. */
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
