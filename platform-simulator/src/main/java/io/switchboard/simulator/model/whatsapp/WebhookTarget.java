package io.switchboard.simulator.model.whatsapp;

import jakarta.validation.constraints.NotBlank;

/** The webhook a business configures for its app in Meta's dashboard, with the token the handshake must echo. */
public record WebhookTarget(@NotBlank String url, @NotBlank String verifyToken) {}
