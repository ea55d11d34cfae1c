package io.switchboard.simulator.model.whatsapp;

/**
 * A message the simulated Graph API accepted for sending, as much of it as its status webhooks need.
 *
 * @param recipientId the WhatsApp id ({@code wa_id}) or, for a group send, the group id
 * @param template templates are billed; free-form messages inside the customer service window are not
 */
public record AcceptedMessage(String wamid, String recipientId, boolean toGroup, boolean template) {}
