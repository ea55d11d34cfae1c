package io.switchboard.simulator.model.telegram;

import java.util.List;

/**
 * What an upgrade to a supergroup produced: the two service messages, {@code migrate_to_chat_id} in the old chat and
 * {@code migrate_from_chat_id} in the new one, in that order.
 */
public record MigrationOutcome(long oldChatId, long newChatId, List<UpdateOutcome> updates) {}
