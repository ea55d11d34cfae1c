package io.switchboard.gateway.rest;

import java.time.Instant;

public record TenantView(String id, String name, Instant createdAt) {}
