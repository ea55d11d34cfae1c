package io.switchboard.contract;

import static io.switchboard.contract.Require.text;

import java.util.Objects;

/**
 * Where a message was said: one chat on one channel. The external chat id is the platform's own (a WhatsApp
 * user id or group id, a Telegram chat id as a decimal string: Telegram ids need 52 bits).
 */
public record ConversationRef(String channelId, String externalChatId, ChatType chatType) {

    public ConversationRef {
        text(channelId, "channelId");
        text(externalChatId, "externalChatId");
        Objects.requireNonNull(chatType, "chatType");
    }

    public static ConversationRef direct(String channelId, String externalChatId) {
        return new ConversationRef(channelId, externalChatId, ChatType.DIRECT);
    }

    /** The Kafka key of this conversation for the given tenant: keeps one conversation on one partition. */
    public String key(String tenantId) {
        return ConversationKey.of(tenantId, channelId, externalChatId);
    }
}
