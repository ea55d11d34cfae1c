package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Bot API {@code InlineKeyboardButton}: one inline keyboard button. Switchboard sends callback buttons (the press comes
 * back as a callback query) and URL buttons (the press opens a link and tells the bot nothing).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InlineKeyboardButton(String text, String url, String callbackData) {

    public static InlineKeyboardButton callback(String text, String callbackData) {
        return new InlineKeyboardButton(text, null, callbackData);
    }

    public static InlineKeyboardButton link(String text, String url) {
        return new InlineKeyboardButton(text, url, null);
    }
}
