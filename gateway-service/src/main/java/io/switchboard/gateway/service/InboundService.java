package io.switchboard.gateway.service;

import io.switchboard.common.logging.Redact;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.Sender;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.ChoiceSelected;
import io.switchboard.contract.inbound.ConversationMigrated;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.inbound.InboundHeader;
import io.switchboard.contract.inbound.MembershipChanged;
import io.switchboard.contract.inbound.MessageEdited;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.inbound.ReactionReceived;
import io.switchboard.contract.inbound.StatusChanged;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.gateway.entity.Conversation;
import io.switchboard.gateway.entity.Direction;
import io.switchboard.gateway.entity.LoggedMessage;
import io.switchboard.gateway.entity.MessageState;
import io.switchboard.gateway.mapping.ContentSummary;
import io.switchboard.gateway.repository.MessageRepository;
import io.switchboard.gateway.repository.ProcessedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Handles one normalised inbound event: logs it in its conversation and applies the tenant's rules, all in one
 * transaction with the event's deduplication mark, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class InboundService {

    private static final Logger LOG = Logger.getLogger(InboundService.class);

    @Inject
    ProcessedEventRepository processed;

    @Inject
    ConversationService conversations;

    @Inject
    MessageRepository messages;

    @Inject
    RuleService rules;

    @Inject
    OutboundService outbound;

    @Transactional
    public void process(InboundEvent event) {
        InboundHeader header = event.header();
        if (!processed.markProcessed(
                header.channelId(), header.conversation().externalChatId(), event.deduplicationKey())) {
            LOG.debugf(
                    "duplicate inbound event ignored key=%s channel=%s", event.deduplicationKey(), header.channelId());
            return;
        }
        Conversation conversation = conversations.conversationOf(header);
        switch (event) {
            case MessageReceived received -> onMessage(conversation, received);
            case MessageEdited edited -> onEdit(conversation, edited);
            case ReactionReceived reaction ->
                logInbound(conversation, reaction.header(), reaction.sender(), "reaction", reaction.emoji(), null);
            case ChoiceSelected choice ->
                logInbound(conversation, choice.header(), choice.sender(), "choice", choice.title(), null);
            case StatusChanged status ->
                LOG.infof(
                        "status of a message sent outside Switchboard channel=%s state=%s",
                        header.channelId(), status.state());
            case MembershipChanged membership ->
                LOG.infof(
                        "membership changed channel=%s conversation=%s business=%s %s->%s",
                        header.channelId(),
                        conversation.id,
                        membership.aboutTheBusiness(),
                        membership.oldStatus(),
                        membership.newStatus());
            case ConversationMigrated migrated -> conversations.migrate(conversation, migrated.newExternalChatId());
        }
    }

    private void onMessage(Conversation conversation, MessageReceived received) {
        LoggedMessage message = logInbound(
                conversation,
                received.header(),
                received.sender(),
                ContentSummary.kindOf(received.content()),
                ContentSummary.bodyOf(received.content()),
                received.content());
        message.replyToPlatformMessageId = received.replyToPlatformMessageId();
        if (received.content() instanceof Content.Text text) {
            rules.firstMatch(conversation.tenantId, conversation.channelId, text.body())
                    .ifPresent(rule -> outbound.send(
                            conversation,
                            OutboundContent.Text.of(rule.replyText),
                            Purpose.REPLY,
                            received.header().platformMessageId(),
                            rule.id));
        }
    }

    private void onEdit(Conversation conversation, MessageEdited edited) {
        messages.findInbound(conversation.id, edited.header().platformMessageId())
                .ifPresentOrElse(
                        original -> {
                            original.body = ContentSummary.bodyOf(edited.content());
                            original.content = ContractJson.toJson(edited.content());
                            original.updatedAt = Instant.now();
                        },
                        () -> LOG.debugf(
                                "edit of an unknown message channel=%s",
                                edited.header().channelId()));
    }

    private LoggedMessage logInbound(
            Conversation conversation, InboundHeader header, Sender sender, String kind, String body, Content content) {
        Instant at = header.platformTimestamp() != null ? header.platformTimestamp() : header.receivedAt();
        conversations.recordCustomerMessage(conversation, sender, at);
        LoggedMessage message = new LoggedMessage();
        message.id = UUID.randomUUID();
        message.tenantId = conversation.tenantId;
        message.conversationId = conversation.id;
        message.direction = Direction.INBOUND;
        message.kind = kind;
        message.body = body;
        message.content = content == null ? null : ContractJson.toJson(content);
        message.platformMessageId = header.platformMessageId();
        message.state = MessageState.RECEIVED;
        message.occurredAt = at;
        message.createdAt = Instant.now();
        message.updatedAt = message.createdAt;
        messages.persist(message);
        LOG.infof(
                "inbound logged event=%s tenant=%s channel=%s from=%s kind=%s",
                header.eventId(), header.tenantId(), header.channelId(), Redact.person(sender.platformUserId()), kind);
        return message;
    }
}
