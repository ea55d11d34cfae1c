package io.switchboard.telegram.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.telegram.entity.SentMessageEntity;
import io.switchboard.telegram.entity.SentMessageState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The outbound commands already taken on, by our message id. */
@ApplicationScoped
public class SentMessageRepository implements PanacheRepositoryBase<SentMessageEntity, UUID> {

    /**
     * Takes {@code part} for sending: only when it is the next part and no send of it is under way.
     *
     * @return whether the part was taken
     */
    public boolean startPart(UUID messageId, int part, Instant now) {
        return update(
                        "sendingPart = ?1, updatedAt = ?2 where messageId = ?3 and state = ?4 and partsSent = ?1"
                                + " and sendingPart is null",
                        part,
                        now,
                        messageId,
                        SentMessageState.SENDING)
                == 1;
    }
}
