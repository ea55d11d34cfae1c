package io.switchboard.simulator.model.telegram;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A bot as the simulated Bot API knows it, as BotFather would have created it.
 *
 * @param token {@code <bot id>:<secret>}
 * @param blockedChats chats whose user blocked the bot: sending there answers 403
 */
public record TelegramBot(
        @NotBlank @Pattern(regexp = "\\d+:[A-Za-z0-9_-]+", message = "must look like <bot id>:<secret>")
        String token,

        @NotBlank String username,
        @NotBlank String firstName,
        boolean canJoinGroups,
        boolean canReadAllGroupMessages,
        boolean supportsInlineQueries,
        List<Long> blockedChats) {

    public TelegramBot {
        blockedChats = blockedChats == null ? List.of() : List.copyOf(blockedChats);
    }

    public long id() {
        return idOf(token);
    }

    /** The bot id a token starts with, or -1 when it has none. */
    public static long idOf(String token) {
        int colon = token == null ? -1 : token.indexOf(':');
        if (colon <= 0) {
            return -1;
        }
        try {
            return Long.parseLong(token.substring(0, colon));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
