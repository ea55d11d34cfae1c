package io.switchboard.telegram.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Which update ids of a bot were already published. */
@ApplicationScoped
public class ProcessedUpdateRepository {

    /**
     * Records the update as processed in the current transaction.
     *
     * @return {@code false} when it already was (a redelivery); a concurrent delivery of the same update waits here
     *     until the first one commits or rolls back
     */
    public boolean markProcessed(long botId, long updateId) {
        int inserted = Panache.getEntityManager()
                .createNativeQuery("INSERT INTO processed_update (bot_id, update_id, processed_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, botId)
                .setParameter(2, updateId)
                .setParameter(3, Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    public boolean isProcessed(long botId, long updateId) {
        return !Panache.getEntityManager()
                .createNativeQuery("SELECT 1 FROM processed_update WHERE bot_id = ?1 AND update_id = ?2")
                .setParameter(1, botId)
                .setParameter(2, updateId)
                .getResultList()
                .isEmpty();
    }

    public int deleteProcessedBefore(Instant cutoff) {
        return Panache.getEntityManager()
                .createNativeQuery("DELETE FROM processed_update WHERE processed_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
    }
}
