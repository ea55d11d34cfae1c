package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Parameters of {@code sendVenue}: a named place, where Telegram requires both a title and an address. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendVenueRequest(
        Object chatId, double latitude, double longitude, String title, String address, ReplyParameters replyParameters)
        implements ChatRequest {

    @Override
    public SendVenueRequest withChatId(Object chatId) {
        return new SendVenueRequest(chatId, latitude, longitude, title, address, replyParameters);
    }
}
