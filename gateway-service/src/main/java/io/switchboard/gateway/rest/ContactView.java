package io.switchboard.gateway.rest;

import java.time.Instant;
import java.util.UUID;

public record ContactView(
        UUID id,
        String platformUserId,
        String displayName,
        String phone,
        String username,
        String language,
        Instant firstSeenAt,
        Instant lastSeenAt) {}
