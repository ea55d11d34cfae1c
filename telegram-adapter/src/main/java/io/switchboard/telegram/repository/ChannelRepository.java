package io.switchboard.telegram.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.entity.ChannelMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Channels; every tenant-facing query names the tenant. */
@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<ChannelEntity, String> {

    public Optional<ChannelEntity> findActive(String channelId) {
        return find("id = ?1 and removedAt is null", channelId).firstResultOptional();
    }

    public Optional<ChannelEntity> findActiveOfTenant(String tenantId, String channelId) {
        return find("id = ?1 and tenantId = ?2 and removedAt is null", channelId, tenantId)
                .firstResultOptional();
    }

    public List<ChannelEntity> listActiveOfTenant(String tenantId) {
        return list("tenantId = ?1 and removedAt is null order by createdAt", tenantId);
    }

    public Optional<ChannelEntity> findActiveByBot(long botId) {
        return find("botId = ?1 and removedAt is null", botId).firstResultOptional();
    }

    public List<ChannelEntity> listActive() {
        return list("removedAt is null order by createdAt");
    }

    public List<ChannelEntity> listActiveInMode(ChannelMode mode) {
        return list("mode = ?1 and removedAt is null order by createdAt", mode);
    }
}
