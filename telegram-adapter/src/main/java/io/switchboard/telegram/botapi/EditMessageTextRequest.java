package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Parameters of {@code editMessageText} for a message the bot sent in a chat (not an inline message). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EditMessageTextRequest(
        Object chatId, long messageId, String text, String parseMode, LinkPreviewOptions linkPreviewOptions)
        implements ChatRequest {

    @Override
    public EditMessageTextRequest withChatId(Object chatId) {
        return new EditMessageTextRequest(chatId, messageId, text, parseMode, linkPreviewOptions);
    }
}
