package io.switchboard.simulator.model.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;

/**
 * Something that happens to a bot (control API): a user writes {@code text} in a chat, or a raw {@code update}
 * (a Bot API {@code Update} without {@code update_id}) arrives.
 *
 * @param chatType private (default), group, supergroup or channel; a channel's text arrives as a channel post
 * @param chatTitle the title of a group or channel (a made-up one when absent)
 */
public record ChatMessage(
        Long chatId,

        @Pattern(regexp = "private|group|supergroup|channel")
        String chatType,

        Long fromId,
        String firstName,
        String lastName,
        String username,
        String languageCode,
        String text,
        String chatTitle,
        ObjectNode update) {

    public ChatMessage {
        chatType = chatType == null ? "private" : chatType;
    }

    @AssertTrue(message = "give either an update, or chatId, text and (except in channels) fromId and firstName")
    public boolean isUpdateOrChatText() {
        if (update != null) {
            return chatId == null && text == null && update.size() > 0;
        }
        boolean sender = chatType.equals("channel") || (fromId != null && firstName != null);
        return chatId != null && text != null && sender;
    }
}
