package io.switchboard.gateway.service;

import io.switchboard.contract.ContractJson;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.gateway.entity.Conversation;
import io.switchboard.gateway.entity.Direction;
import io.switchboard.gateway.entity.LoggedMessage;
import io.switchboard.gateway.entity.MessageState;
import io.switchboard.gateway.entity.OutboxRecord;
import io.switchboard.gateway.mapping.ContentSummary;
import io.switchboard.gateway.messaging.OutboxWritten;
import io.switchboard.gateway.repository.MessageRepository;
import io.switchboard.gateway.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The only place that decides to send: it logs the message and writes its command to the outbox in the caller's
 * transaction. Every policy on what may be sent (24-hour window, opt-out, quiet hours) belongs here.
 */
@ApplicationScoped
public class OutboundService {

    private static final Logger LOG = Logger.getLogger(OutboundService.class);

    @Inject
    MessageRepository messages;

    @Inject
    OutboxRepository outbox;

    @Inject
    Event<OutboxWritten> outboxWritten;

    @Transactional(Transactional.TxType.MANDATORY)
    public LoggedMessage send(
            Conversation conversation,
            OutboundContent content,
            Purpose purpose,
            String replyToPlatformMessageId,
            UUID ruleId) {
        Instant now = Instant.now();
        LoggedMessage message = new LoggedMessage();
        message.id = UUID.randomUUID();
        message.tenantId = conversation.tenantId;
        message.conversationId = conversation.id;
        message.direction = Direction.OUTBOUND;
        message.kind = ContentSummary.kindOf(content);
        message.body = ContentSummary.bodyOf(content);
        message.content = ContractJson.toJson(content);
        message.replyToPlatformMessageId = replyToPlatformMessageId;
        message.purpose = purpose;
        message.ruleId = ruleId;
        message.state = MessageState.PENDING;
        message.occurredAt = now;
        message.createdAt = now;
        message.updatedAt = now;
        messages.persist(message);
        conversation.lastMessageAt = now;

        OutboundCommand command = OutboundCommand.create(
                message.id,
                conversation.tenantId,
                conversation.platform,
                conversation.ref(),
                purpose,
                content,
                replyToPlatformMessageId);
        OutboxRecord record = new OutboxRecord();
        record.messageId = message.id;
        record.topic = conversation.platform.outboundTopic();
        record.recordKey = conversation.channelId;
        record.payload = ContractJson.toBytes(command);
        record.createdAt = now;
        outbox.persist(record);
        outboxWritten.fire(new OutboxWritten());
        LOG.infof(
                "outbound decided message=%s tenant=%s channel=%s purpose=%s kind=%s",
                message.id, conversation.tenantId, conversation.channelId, purpose, message.kind);
        return message;
    }
}
