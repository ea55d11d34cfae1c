package io.switchboard.telegram.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A group that became a supergroup: the bot reaches it under {@code newChatId} from then on. */
@Entity
@Table(name = "chat_migration")
public class ChatMigrationEntity {

    @EmbeddedId
    public Key key;

    @Column(name = "new_chat_id")
    public long newChatId;

    @Column(name = "migrated_at")
    public Instant migratedAt;

    /** One old chat of one bot. */
    @Embeddable
    public record Key(
            @Column(name = "bot_id") long botId,
            @Column(name = "old_chat_id") long oldChatId) implements Serializable {}
}
