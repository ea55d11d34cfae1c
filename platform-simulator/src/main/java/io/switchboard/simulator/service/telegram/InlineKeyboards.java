package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Telegram's checks on an {@code InlineKeyboardMarkup}: an array of button rows, each button with a {@code text} and
 * exactly one action, {@code callback_data} of 1-64 bytes.
 */
final class InlineKeyboards {

    private static final int MAX_CALLBACK_DATA_BYTES = 64;
    private static final List<String> ACTIONS = List.of(
            "url",
            "callback_data",
            "web_app",
            "login_url",
            "switch_inline_query",
            "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat",
            "copy_text",
            "callback_game",
            "pay");

    private InlineKeyboards() {}

    /** Checks {@code markup} if it is an inline keyboard; other keyboards pass unchecked. */
    static void check(JsonNode markup) {
        if (!markup.isObject()) {
            throw BotApiException.badRequest("can't parse reply keyboard markup JSON object");
        }
        JsonNode rows = markup.get("inline_keyboard");
        if (rows == null) {
            return;
        }
        if (!rows.isArray()) {
            throw BotApiException.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw BotApiException.badRequest(
                        "field \"inline_keyboard\" of the InlineKeyboardMarkup must be an" + " Array of Arrays");
            }
            row.forEach(InlineKeyboards::checkButton);
        }
    }

    private static void checkButton(JsonNode button) {
        if (!button.isObject() || !button.path("text").isTextual()) {
            throw BotApiException.badRequest(
                    "can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        long actions = ACTIONS.stream().filter(button::has).count();
        if (actions == 0) {
            throw BotApiException.badRequest(
                    "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        JsonNode callbackData = button.get("callback_data");
        if (callbackData != null) {
            int bytes = callbackData.asText().getBytes(StandardCharsets.UTF_8).length;
            if (!callbackData.isTextual() || bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
                throw BotApiException.badRequest("BUTTON_DATA_INVALID");
            }
        }
        JsonNode url = button.get("url");
        if (url != null && !url.asText().matches("(?i)(https?|tg)://\\S+")) {
            throw BotApiException.badRequest("BUTTON_URL_INVALID");
        }
    }
}
