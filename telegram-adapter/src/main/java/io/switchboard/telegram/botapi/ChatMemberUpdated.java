package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Bot API {@code ChatMemberUpdated}: someone's standing in a chat changed ({@code my_chat_member} for the bot itself,
 * {@code chat_member} for others).
 *
 * @param from who made the change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChatMemberUpdated(Chat chat, User from, long date, ChatMember oldChatMember, ChatMember newChatMember) {}
