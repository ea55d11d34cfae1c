package io.switchboard.whatsapp.repository;

/**
 * What is known about an outbound command before it is sent, read in one round trip.
 *
 * @param seen what was recorded for the command before; {@code null} for a new command
 * @param target its channel; {@code null} when the tenant has no such active channel
 */
public record SendPreview(SentMessageState seen, SendTarget target) {}
