package io.switchboard.telegram.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.telegram.entity.SentMessageEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The outbound commands already taken on, by our message id. */
@ApplicationScoped
public class SentMessageRepository implements PanacheRepositoryBase<SentMessageEntity, UUID> {}
