package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Parameters of {@code sendMediaGroup}: 2-10 items sent as one album. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendMediaGroupRequest(Object chatId, List<InputMedia> media, ReplyParameters replyParameters)
        implements ChatRequest {

    public SendMediaGroupRequest {
        media = List.copyOf(media);
    }

    @Override
    public SendMediaGroupRequest withChatId(Object chatId) {
        return new SendMediaGroupRequest(chatId, media, replyParameters);
    }
}
