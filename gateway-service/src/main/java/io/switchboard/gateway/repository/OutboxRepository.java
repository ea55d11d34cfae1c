package io.switchboard.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.gateway.entity.OutboxRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxRecord, Long> {

    /** The oldest unpublished records, locked for this transaction. */
    public List<OutboxRecord> lockOldestUnpublished(int limit) {
        return find("publishedAt is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, limit)
                .list();
    }

    /**
     * Makes this transaction the only relay pass in the whole deployment: the outbox is published in id order, so
     * two replicas must not publish interleaved batches. Returns false when another pass holds the lock.
     */
    public boolean tryBecomeTheRelay() {
        Object locked = getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('switchboard.gateway.outbox'))")
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    public long countUnpublished() {
        return count("publishedAt is null");
    }
}
