package io.switchboard.simulator.model.telegram;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A bot as the control API shows it: its registration, its webhook and update state, its flood limits and how often
 * each limit refused a send.
 */
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
        String lastErrorMessage,
        BotLimits limits,
        Map<String, Long> violations) {}
