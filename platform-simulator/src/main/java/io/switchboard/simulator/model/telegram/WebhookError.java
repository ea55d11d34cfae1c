package io.switchboard.simulator.model.telegram;

import java.time.Instant;

/** The most recent failure to deliver an update to a bot's webhook, as {@code getWebhookInfo} reports it. */
public record WebhookError(Instant date, String message) {}
