package io.switchboard.telegram.mapping;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.telegram.botapi.Chat;

/** Telegram chats as contract conversations: the chat id, in decimal, is the external chat id. */
final class Conversations {

    private Conversations() {}

    static ConversationRef of(String channelId, Chat chat) {
        if (chat == null) {
            throw new InvalidUpdateException("the update names no chat");
        }
        return new ConversationRef(channelId, Long.toString(chat.id()), chatType(chat.type()));
    }

    static ChatType chatType(String telegramType) {
        if (telegramType == null) {
            return ChatType.DIRECT;
        }
        return switch (telegramType) {
            case "group", "supergroup" -> ChatType.GROUP;
            case "channel" -> ChatType.CHANNEL;
            default -> ChatType.DIRECT;
        };
    }
}
