package io.switchboard.gateway.service;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.Sender;
import io.switchboard.contract.inbound.InboundHeader;
import io.switchboard.gateway.entity.Contact;
import io.switchboard.gateway.entity.Conversation;
import io.switchboard.gateway.repository.ContactRepository;
import io.switchboard.gateway.repository.ConversationRepository;
import io.switchboard.gateway.repository.MessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Keeps contacts and conversations current as customers write. */
@ApplicationScoped
public class ConversationService {

    private static final Logger LOG = Logger.getLogger(ConversationService.class);

    @Inject
    ContactRepository contacts;

    @Inject
    ConversationRepository conversations;

    @Inject
    MessageRepository messages;

    /** The conversation an inbound event belongs to, created on first contact. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Conversation conversationOf(InboundHeader header) {
        return conversations
                .findByChat(
                        header.tenantId(),
                        header.channelId(),
                        header.conversation().externalChatId())
                .orElseGet(() -> create(header));
    }

    /** Records that {@code sender} wrote in {@code conversation} now, updating what the platform told us. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contact recordCustomerMessage(Conversation conversation, Sender sender, Instant at) {
        Contact contact = contacts.findByPlatformUser(
                        conversation.tenantId, conversation.channelId, sender.platformUserId())
                .orElseGet(() -> newContact(conversation, sender, at));
        if (sender.displayName() != null) {
            contact.displayName = sender.displayName();
        }
        if (sender.phone() != null) {
            contact.phone = sender.phone();
        }
        if (sender.username() != null) {
            contact.username = sender.username();
        }
        if (sender.language() != null) {
            contact.language = sender.language();
        }
        contact.lastSeenAt = at;
        if (conversation.contactId == null && conversation.chatType == ChatType.DIRECT) {
            conversation.contactId = contact.id;
        }
        conversation.lastInboundAt = at;
        conversation.lastMessageAt = at;
        return contact;
    }

    /**
     * Follows a chat the platform moved (a Telegram group become a supergroup): the conversation keeps its history
     * under the new chat id. If messages already arrived under the new id, the two conversations become one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void migrate(Conversation conversation, String newExternalChatId) {
        conversations
                .findByChat(conversation.tenantId, conversation.channelId, newExternalChatId)
                .ifPresentOrElse(
                        successor -> {
                            messages.moveAll(conversation.id, successor.id);
                            if (conversation.lastMessageAt.isAfter(successor.lastMessageAt)) {
                                successor.lastMessageAt = conversation.lastMessageAt;
                            }
                            conversations.delete(conversation);
                        },
                        () -> conversation.externalChatId = newExternalChatId);
        LOG.infof("conversation migrated conversation=%s channel=%s", conversation.id, conversation.channelId);
    }

    private Conversation create(InboundHeader header) {
        Instant now = Instant.now();
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID();
        conversation.tenantId = header.tenantId();
        conversation.channelId = header.channelId();
        conversation.platform = header.platform();
        conversation.externalChatId = header.conversation().externalChatId();
        conversation.chatType = header.conversation().chatType();
        conversation.lastMessageAt = now;
        conversation.createdAt = now;
        conversations.persist(conversation);
        return conversation;
    }

    private Contact newContact(Conversation conversation, Sender sender, Instant at) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.tenantId = conversation.tenantId;
        contact.channelId = conversation.channelId;
        contact.platformUserId = sender.platformUserId();
        contact.firstSeenAt = at;
        contact.lastSeenAt = at;
        contacts.persist(contact);
        return contact;
    }
}
