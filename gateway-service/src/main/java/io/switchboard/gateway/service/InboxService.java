package io.switchboard.gateway.service;

import io.quarkus.panache.common.Page;
import io.switchboard.common.problem.Problems;
import io.switchboard.gateway.entity.Contact;
import io.switchboard.gateway.entity.Conversation;
import io.switchboard.gateway.entity.LoggedMessage;
import io.switchboard.gateway.mapping.InboxMapper;
import io.switchboard.gateway.repository.ContactRepository;
import io.switchboard.gateway.repository.ConversationRepository;
import io.switchboard.gateway.repository.MessageRepository;
import io.switchboard.gateway.rest.ConversationView;
import io.switchboard.gateway.rest.MessageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Reads the inbox: a tenant's conversations and their messages. */
@ApplicationScoped
public class InboxService {

    @Inject
    ConversationRepository conversations;

    @Inject
    ContactRepository contacts;

    @Inject
    MessageRepository messages;

    public List<ConversationView> conversations(String tenantId, String channelId, Page page) {
        return conversations.recent(tenantId, channelId, page).stream()
                .map(conversation -> InboxMapper.toView(conversation, contactOf(conversation)))
                .toList();
    }

    public ConversationView conversation(String tenantId, UUID conversationId) {
        Conversation conversation = require(tenantId, conversationId);
        return InboxMapper.toView(conversation, contactOf(conversation));
    }

    public List<MessageView> messages(String tenantId, UUID conversationId, Page page) {
        Conversation conversation = require(tenantId, conversationId);
        List<LoggedMessage> found = messages.inConversation(conversation.id, page);
        return found.stream().map(InboxMapper::toView).toList();
    }

    private Conversation require(String tenantId, UUID conversationId) {
        return conversations
                .findForTenant(tenantId, conversationId)
                .orElseThrow(() -> Problems.notFound("conversation", conversationId.toString()));
    }

    private Contact contactOf(Conversation conversation) {
        return conversation.contactId == null ? null : contacts.findById(conversation.contactId);
    }
}
