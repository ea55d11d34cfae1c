package io.switchboard.simulator.model.telegram;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A change of someone's membership in a chat (control API): the bot itself (no {@code userId}, or the bot's id),
 * which Telegram reports as {@code my_chat_member}, or another user, reported as {@code chat_member} (only to a bot
 * that administers the chat and asked for {@code chat_member} updates).
 *
 * @param chatType needed when the bot has not seen the chat yet: group, supergroup, channel or private
 * @param status the new status: creator, administrator, member, restricted, left or kicked (Telegram's names)
 * @param oldStatus the previous status; by default what the simulator last knew, else {@code left} for someone joining
 * @param fromId the user who made the change (default 5550000); {@code fromFirstName} likewise (default "Admin")
 */
public record MembershipChange(
        @Pattern(regexp = "private|group|supergroup|channel")
        String chatType,

        String chatTitle,
        Long userId,
        String firstName,
        String lastName,
        String username,
        @NotNull @Pattern(regexp = STATUSES) String status,
        @Pattern(regexp = STATUSES) String oldStatus,
        Long fromId,
        String fromFirstName) {

    public static final String STATUSES = "creator|administrator|member|restricted|left|kicked";
}
