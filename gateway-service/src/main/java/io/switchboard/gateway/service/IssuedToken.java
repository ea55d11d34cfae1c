package io.switchboard.gateway.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A freshly signed token: shown once to the operator, never stored. */
public record IssuedToken(
        UUID tokenId, String tenantId, String subject, List<String> roles, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[tokenId=" + tokenId + ", tenantId=" + tenantId + ", roles=" + roles + "]";
    }
}
