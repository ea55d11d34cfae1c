package io.switchboard.telegram.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The profile in one language, with Telegram's limits. In a change, an absent field stays as it is; an empty text
 * removes the language's own value (users then see the default); an empty command list removes the language's
 * commands.
 *
 * @param name the bot's name, up to 64 characters
 * @param description shown in an empty chat with the bot, up to 512 characters
 * @param shortDescription shown on the bot's profile and when it is shared, up to 120 characters
 * @param commands the menu of commands, at most 100
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BotProfileTranslation(
        @Size(max = 64) String name,
        @Size(max = 512) String description,
        @Size(max = 120) String shortDescription,
        @Size(max = 100) List<@NotNull @Valid BotMenuCommand> commands) {}
