package io.switchboard.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.switchboard.gateway.entity.Direction;
import io.switchboard.gateway.entity.LoggedMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<LoggedMessage, UUID> {

    /** A conversation's messages in the order they happened. */
    public List<LoggedMessage> inConversation(UUID conversationId, Page page) {
        return find("conversationId = ?1 order by occurredAt, createdAt", conversationId)
                .page(page)
                .list();
    }

    public Optional<LoggedMessage> findInbound(UUID conversationId, String platformMessageId) {
        return find(
                        "conversationId = ?1 and platformMessageId = ?2 and direction = ?3",
                        conversationId,
                        platformMessageId,
                        Direction.INBOUND)
                .firstResultOptional();
    }

    /** Moves every message of one conversation to another (conversations merged after a chat migration). */
    public void moveAll(UUID fromConversationId, UUID toConversationId) {
        update("conversationId = ?1 where conversationId = ?2", toConversationId, fromConversationId);
    }
}
