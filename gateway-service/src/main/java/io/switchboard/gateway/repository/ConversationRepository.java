package io.switchboard.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.switchboard.gateway.entity.Conversation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<Conversation, UUID> {

    public Optional<Conversation> findByChat(String tenantId, String channelId, String externalChatId) {
        return find("tenantId = ?1 and channelId = ?2 and externalChatId = ?3", tenantId, channelId, externalChatId)
                .firstResultOptional();
    }

    public Optional<Conversation> findForTenant(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResultOptional();
    }

    /** The tenant's conversations, most recently active first, optionally of one channel. */
    public List<Conversation> recent(String tenantId, String channelId, Page page) {
        if (channelId == null) {
            return find("tenantId = ?1 order by lastMessageAt desc", tenantId)
                    .page(page)
                    .list();
        }
        return find("tenantId = ?1 and channelId = ?2 order by lastMessageAt desc", tenantId, channelId)
                .page(page)
                .list();
    }
}
