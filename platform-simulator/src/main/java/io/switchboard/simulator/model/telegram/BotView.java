package io.switchboard.simulator.model.telegram;

import java.time.Instant;
import java.util.List;

/** A bot as the control API shows it: its registration and its webhook and update state. */
public record BotView(
        long id,
        String token,
        String username,
        String firstName,
        boolean canJoinGroups,
        boolean canReadAllGroupMessages,
        boolean supportsInlineQueries,
        List<Long> blockedChats,
        String webhookUrl,
        boolean hasSecretToken,
        Integer maxConnections,
        List<String> allowedUpdates,
        int pendingUpdateCount,
        long nextUpdateId,
        Instant lastErrorDate,
        String lastErrorMessage) {}
