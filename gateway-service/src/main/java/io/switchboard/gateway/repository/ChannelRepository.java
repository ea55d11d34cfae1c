package io.switchboard.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.gateway.entity.DirectoryChannel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<DirectoryChannel, String> {

    public List<DirectoryChannel> listActive(String tenantId) {
        return list("tenantId = ?1 and removed = false order by platform, displayName", tenantId);
    }

    public Optional<DirectoryChannel> findActive(String tenantId, String channelId) {
        return find("id = ?1 and tenantId = ?2 and removed = false", channelId, tenantId)
                .firstResultOptional();
    }
}
