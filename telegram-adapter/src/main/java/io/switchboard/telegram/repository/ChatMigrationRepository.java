package io.switchboard.telegram.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.telegram.entity.ChatMigrationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The chats that moved to a new id, by bot and old id. */
@ApplicationScoped
public class ChatMigrationRepository implements PanacheRepositoryBase<ChatMigrationEntity, ChatMigrationEntity.Key> {

    /** Records the move in the current transaction; a move already known is left as it is. */
    public void record(long botId, long oldChatId, long newChatId) {
        getEntityManager()
                .createNativeQuery("INSERT INTO chat_migration (bot_id, old_chat_id, new_chat_id, migrated_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, botId)
                .setParameter(2, oldChatId)
                .setParameter(3, newChatId)
                .setParameter(4, Instant.now())
                .executeUpdate();
    }
}
