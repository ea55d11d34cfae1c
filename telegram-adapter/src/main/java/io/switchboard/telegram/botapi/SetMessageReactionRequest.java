package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Parameters of {@code setMessageReaction}; an empty list takes the bot's reaction back. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SetMessageReactionRequest(Object chatId, long messageId, List<ReactionType> reaction)
        implements ChatRequest {

    @Override
    public SetMessageReactionRequest withChatId(Object chatId) {
        return new SetMessageReactionRequest(chatId, messageId, reaction);
    }
}
