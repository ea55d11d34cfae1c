package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Parameters of {@code sendLocation}: a point on the map. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendLocationRequest(Object chatId, double latitude, double longitude, ReplyParameters replyParameters)
        implements ChatRequest {

    @Override
    public SendLocationRequest withChatId(Object chatId) {
        return new SendLocationRequest(chatId, latitude, longitude, replyParameters);
    }
}
