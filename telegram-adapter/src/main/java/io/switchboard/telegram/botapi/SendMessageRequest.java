package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Parameters of {@code sendMessage}.
 *
 * @param chatId a {@code Long} for numeric chat ids, a {@code String} for {@code @channelusername}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendMessageRequest(
        Object chatId,
        String text,
        String parseMode,
        LinkPreviewOptions linkPreviewOptions,
        ReplyParameters replyParameters,
        InlineKeyboardMarkup replyMarkup)
        implements ChatRequest {

    @Override
    public SendMessageRequest withChatId(Object chatId) {
        return new SendMessageRequest(chatId, text, parseMode, linkPreviewOptions, replyParameters, replyMarkup);
    }
}
