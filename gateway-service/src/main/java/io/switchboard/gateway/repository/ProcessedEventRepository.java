package io.switchboard.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Remembers which inbound events were processed, in the transaction of their effects (idempotent consumer). */
@ApplicationScoped
public class ProcessedEventRepository {

    @Inject
    EntityManager entityManager;

    /** Records the event; returns false when it had been processed already. */
    public boolean markProcessed(String channelId, String externalChatId, String deduplicationKey) {
        int inserted = entityManager
                .createNativeQuery(
                        "INSERT INTO processed_event (channel_id, external_chat_id, dedupe_key, processed_at)"
                                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, channelId)
                .setParameter(2, externalChatId)
                .setParameter(3, deduplicationKey)
                .setParameter(4, Instant.now())
                .executeUpdate();
        return inserted == 1;
    }
}
