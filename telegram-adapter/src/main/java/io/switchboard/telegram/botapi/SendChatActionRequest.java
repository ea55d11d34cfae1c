package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Parameters of {@code sendChatAction}.
 *
 * @param action such as {@code typing}; Telegram shows it for up to 5 seconds or until the bot's next message
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendChatActionRequest(Object chatId, String action) implements ChatRequest {

    public static final String TYPING = "typing";

    @Override
    public SendChatActionRequest withChatId(Object chatId) {
        return new SendChatActionRequest(chatId, action);
    }
}
