package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Bot API {@code InlineKeyboardMarkup}: rows of buttons under a message. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InlineKeyboardMarkup(List<List<InlineKeyboardButton>> inlineKeyboard) {

    public InlineKeyboardMarkup {
        inlineKeyboard = inlineKeyboard == null
                ? List.of()
                : inlineKeyboard.stream().map(List::copyOf).toList();
    }
}
