package io.switchboard.gateway.entity;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One chat on one channel: a customer's private chat, a group, or a public channel. */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "channel_id", nullable = false)
    public String channelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    @Column(name = "external_chat_id", nullable = false)
    public String externalChatId;

    @Enumerated(EnumType.STRING)
    @Column(name = "chat_type", nullable = false)
    public ChatType chatType;

    @Column(name = "contact_id")
    public UUID contactId;

    /** The customer's last message: WhatsApp allows free-form replies for 24 hours after it. */
    @Column(name = "last_inbound_at")
    public Instant lastInboundAt;

    @Column(name = "last_message_at", nullable = false)
    public Instant lastMessageAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public ConversationRef ref() {
        return new ConversationRef(channelId, externalChatId, chatType);
    }
}
