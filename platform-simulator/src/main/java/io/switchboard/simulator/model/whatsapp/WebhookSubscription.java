package io.switchboard.simulator.model.whatsapp;

import java.time.Instant;

/** The webhook a number's app is subscribed with, after the URL passed the verification handshake. */
public record WebhookSubscription(String url, String verifyToken, Instant verifiedAt) {}
