package io.switchboard.whatsapp.repository;

/**
 * The outcome of claiming a command for sending, in one round trip.
 *
 * @param target the channel, {@code null} when the tenant has no such active channel (nothing claimed)
 * @param claimed whether this call wrote the SENDING row; false when the command was recorded before
 */
public record SendClaimRow(SendTarget target, boolean claimed) {}
