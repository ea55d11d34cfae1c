package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * Parameters of {@code sendPhoto}, {@code sendDocument} and their siblings, which differ only in the name of the field
 * that carries the file ({@code photo}, {@code document}, ...).
 *
 * @param fileField the method's file parameter name
 * @param file a {@code file_id} Telegram already holds, or an HTTP URL it downloads
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendMediaRequest(
        Object chatId,
        @JsonIgnore String fileField,
        @JsonIgnore String file,
        String caption,
        String parseMode,
        ReplyParameters replyParameters,
        InlineKeyboardMarkup replyMarkup)
        implements ChatRequest {

    @JsonAnyGetter
    public Map<String, String> fileParameter() {
        return Map.of(fileField, file);
    }

    @Override
    public SendMediaRequest withChatId(Object chatId) {
        return new SendMediaRequest(chatId, fileField, file, caption, parseMode, replyParameters, replyMarkup);
    }
}
