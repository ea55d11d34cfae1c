package io.switchboard.gateway.service;

import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.gateway.entity.DirectoryChannel;
import io.switchboard.gateway.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/** The gateway's copy of every tenant's channels, kept from the adapters' announcements. */
@ApplicationScoped
public class ChannelDirectoryService {

    private static final Logger LOG = Logger.getLogger(ChannelDirectoryService.class);

    @Inject
    ChannelRepository channels;

    @Transactional
    public void apply(ChannelEvent event) {
        DirectoryChannel channel = channels.findById(event.channelId());
        if (channel != null && channel.updatedAt.isAfter(event.occurredAt())) {
            return;
        }
        boolean isNew = channel == null;
        if (isNew) {
            channel = new DirectoryChannel();
            channel.id = event.channelId();
        }
        channel.tenantId = event.tenantId();
        channel.platform = event.platform();
        channel.displayName = event.displayName();
        channel.address = event.address();
        channel.health = event.health();
        channel.healthDetail = event.healthDetail();
        channel.properties = event.properties();
        channel.lastErrorCode =
                event.lastError() == null ? null : event.lastError().code();
        channel.lastErrorTitle =
                event.lastError() == null ? null : event.lastError().title();
        channel.lastErrorDetail =
                event.lastError() == null ? null : event.lastError().detail();
        channel.lastErrorAt = event.lastErrorAt();
        channel.removed = event.change() == ChannelChange.REMOVED;
        channel.updatedAt = event.occurredAt();
        if (isNew) {
            channels.persist(channel);
        }
        LOG.infof(
                "channel %s channel=%s tenant=%s platform=%s health=%s",
                event.change(), event.channelId(), event.tenantId(), event.platform(), event.health());
    }

    public List<DirectoryChannel> list(String tenantId) {
        return channels.listActive(tenantId);
    }
}
