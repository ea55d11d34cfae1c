package io.switchboard.gateway.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The issued token, shown once: Switchboard keeps only its metadata. */
public record TokenView(
        UUID tokenId, String tenantId, String subject, List<String> roles, String token, Instant expiresAt) {}
