package io.switchboard.gateway.entity;

import io.switchboard.contract.outbound.Purpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message of the message log, either way; an outbound one's id is its command's message id. */
@Entity
@Table(name = "message")
public class LoggedMessage {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    /** The content kind in lower case: {@code text}, {@code media}, {@code reaction}, {@code choice}, ... */
    @Column(nullable = false)
    public String kind;

    /** What a person reads: the text, a caption, a choice's title. */
    public String body;

    /** The full contract content as JSON, for what the body cannot show (media references, options). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    @Column(name = "platform_message_id")
    public String platformMessageId;

    @Column(name = "reply_to_platform_message_id")
    public String replyToPlatformMessageId;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Column(name = "rule_id")
    public UUID ruleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageState state;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_title")
    public String errorTitle;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
