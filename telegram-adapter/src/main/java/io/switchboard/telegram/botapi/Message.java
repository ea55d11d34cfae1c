package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Bot API {@code Message}, reduced to what Switchboard reads. Content types not listed here are recognised from the
 * raw JSON and reported as unsupported.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Message(
        long messageId,
        User from,
        Chat senderChat,
        long date,
        Chat chat,
        Message replyToMessage,
        MessageOrigin forwardOrigin,
        Long editDate,
        String mediaGroupId,
        String text,
        List<MessageEntity> entities,
        String caption,
        Animation animation,
        Audio audio,
        Document document,
        List<PhotoSize> photo,
        Sticker sticker,
        Video video,
        VideoNote videoNote,
        Voice voice,
        Contact contact,
        Venue venue,
        Location location,
        InlineKeyboardMarkup replyMarkup,
        Long migrateToChatId,
        Long migrateFromChatId) {

    public Message {
        entities = entities == null ? List.of() : List.copyOf(entities);
        photo = photo == null ? List.of() : List.copyOf(photo);
    }
}
