package io.switchboard.telegram.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.telegram.entity.PollingOffsetEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The stored {@code getUpdates} offsets. */
@ApplicationScoped
public class PollingOffsetRepository implements PanacheRepositoryBase<PollingOffsetEntity, Long> {

    /** The offset to poll from; 0 (Telegram's oldest unconfirmed update) for a bot never polled. */
    public long nextOffset(long botId) {
        return findByIdOptional(botId).map(row -> row.nextOffset).orElse(0L);
    }

    /** Moves the offset forward; never back, should two pollers ever overlap. */
    public void advanceTo(long botId, long nextOffset) {
        getEntityManager()
                .createNativeQuery("INSERT INTO polling_offset (bot_id, next_offset, updated_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (bot_id) DO UPDATE SET next_offset = GREATEST(polling_offset.next_offset,"
                        + " EXCLUDED.next_offset), updated_at = EXCLUDED.updated_at")
                .setParameter(1, botId)
                .setParameter(2, nextOffset)
                .setParameter(3, Instant.now())
                .executeUpdate();
    }
}
