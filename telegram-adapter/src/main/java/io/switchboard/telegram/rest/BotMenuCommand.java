package io.switchboard.telegram.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One entry of the bot's command menu.
 *
 * @param command without the slash: 1-32 characters of {@code a-z}, {@code 0-9} and {@code _}
 * @param description 1-256 characters
 */
public record BotMenuCommand(
        @NotNull @Pattern(regexp = "[a-z0-9_]{1,32}", message = "must be 1-32 characters of a-z, 0-9 and _ (no slash)")
        String command,

        @NotBlank @Size(max = 256) String description) {}
