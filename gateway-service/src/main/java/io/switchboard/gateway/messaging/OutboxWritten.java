package io.switchboard.gateway.messaging;

/** Fired when a transaction wrote to the outbox; observed after commit to publish without waiting for a sweep. */
public record OutboxWritten() {}
