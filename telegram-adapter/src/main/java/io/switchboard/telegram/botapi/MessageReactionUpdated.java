package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Bot API {@code MessageReactionUpdated}: a user changed their reactions to a message. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageReactionUpdated(
        Chat chat,
        long messageId,
        User user,
        Chat actorChat,
        long date,
        List<ReactionType> oldReaction,
        List<ReactionType> newReaction) {

    public MessageReactionUpdated {
        oldReaction = oldReaction == null ? List.of() : List.copyOf(oldReaction);
        newReaction = newReaction == null ? List.of() : List.copyOf(newReaction);
    }
}
