package io.switchboard.whatsapp.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.whatsapp.entity.SendState;
import io.switchboard.whatsapp.entity.SentMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class SentMessageRepository implements PanacheRepositoryBase<SentMessage, UUID> {

    /** Whether a send of the channel is under way: its wamids may not be recorded yet. */
    public boolean sendingOn(UUID channelId, Instant since) {
        return count("channelId = ?1 and state = ?2 and createdAt > ?3", channelId, SendState.SENDING, since) > 0;
    }

    public long deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
