package io.switchboard.telegram.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.telegram.entity.CallbackChoiceEntity;
import io.switchboard.telegram.mapping.CallbackKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Long choice ids by the short keys their buttons carry. */
@ApplicationScoped
public class CallbackChoiceRepository implements PanacheRepositoryBase<CallbackChoiceEntity, String>, CallbackKeys {

    @Override
    public Optional<String> choiceIdFor(String channelId, String callbackKey) {
        return find("callbackKey = ?1 and channelId = ?2", callbackKey, channelId)
                .firstResultOptional()
                .map(row -> row.choiceId);
    }
}
