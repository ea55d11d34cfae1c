package io.switchboard.simulator.model.telegram;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;

/**
 * A group upgraded to a supergroup (control API), by a user of the group.
 *
 * @param newChatId the supergroup's id, in Telegram's supergroup range ({@code -100xxxxxxxxxx})
 * @param fromId the user who upgraded it (default 5550000)
 * @param firstName that user's first name (default "Admin")
 */
public record ChatMigration(
        @NotNull @Max(value = -1_000_000_000_001L, message = "must be a supergroup id (-100...)")
        Long newChatId,

        Long fromId,
        String firstName) {}
