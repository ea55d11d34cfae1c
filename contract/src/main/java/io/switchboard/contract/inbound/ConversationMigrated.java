package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Objects;

/**
 * The platform moved a conversation to a new chat id (a Telegram group upgraded to a supergroup): everything said
 * before stays with the conversation, which continues under {@code newExternalChatId}.
 */
@JsonTypeName("ConversationMigrated")
public record ConversationMigrated(InboundHeader header, String newExternalChatId) implements InboundEvent {

    public ConversationMigrated {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(newExternalChatId, "newExternalChatId");
    }

    @Override
    public String deduplicationKey() {
        return "migrated:" + newExternalChatId;
    }
}
