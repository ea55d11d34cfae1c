package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Parameters of {@code deleteMessage}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeleteMessageRequest(Object chatId, long messageId) implements ChatRequest {

    @Override
    public DeleteMessageRequest withChatId(Object chatId) {
        return new DeleteMessageRequest(chatId, messageId);
    }
}
