package io.switchboard.simulator.model.whatsapp;

/**
 * What happened to a customer's message: its new wamid and how the business's webhook answered.
 *
 * @param status the webhook's HTTP status, {@code null} when it could not be reached (see {@code error})
 */
public record CustomerMessageDelivery(String wamid, Integer status, String body, String error) {}
