package io.switchboard.gateway.rest;

import java.time.Instant;
import java.util.UUID;

/** A rule as the API shows it. */
public record RuleView(
        UUID id,
        String name,
        RuleTrigger trigger,
        RuleAction action,
        String channelId,
        int priority,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {}
