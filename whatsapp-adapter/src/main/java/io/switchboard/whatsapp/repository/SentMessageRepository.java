package io.switchboard.whatsapp.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.whatsapp.entity.SendState;
import io.switchboard.whatsapp.entity.SentMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Sent messages as entities: lookups for status webhooks, failures, clean-up (the send path uses {@link SendPathRepository}). */
@ApplicationScoped
public class SentMessageRepository implements PanacheRepositoryBase<SentMessage, UUID> {

    /** What is recorded for a command, if anything. */
    public Optional<SentMessageState> stateOf(UUID messageId) {
        return findByIdOptional(messageId)
                .map(row -> new SentMessageState(
                        row.state, row.platformMessageId, row.errorCode, row.errorTitle, row.errorDetail));
    }

    /** Whether a send of the channel is under way: its wamids may not be recorded yet. */
    public boolean sendingOn(UUID channelId, Instant since) {
        return count("channelId = ?1 and state = ?2 and createdAt > ?3", channelId, SendState.SENDING, since) > 0;
    }

    public long deleteOlderThan(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
